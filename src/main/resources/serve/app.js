// stratsim serve: the what-if page. The page's state is its URL: the scenario, the focus and the
// list of --set edits; every change asks the server to run the scenario with them and redraws.
'use strict';

const state = { scenario: null, focus: null, sets: new Map(), result: null, pinned: null, baseline: null };
// Control changes to the first redraw that shows them, in ms, for the browser test and BENCHMARKS.md.
window.stratsimTimings = [];
let inFlight = false;
let queued = null;

const $ = (id) => document.getElementById(id);
const el = (tag, attrs, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'text') node.textContent = v; else if (v !== undefined && v !== null) node.setAttribute(k, v);
  });
  children.forEach((c) => node.append(c));
  return node;
};

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.scenario = params.get('scenario');
  state.focus = params.get('focus');
  state.sets = new Map();
  params.getAll('set').forEach((set) => {
    const at = set.indexOf('=');
    if (at > 0) state.sets.set(set.slice(0, at), set.slice(at + 1));
  });
}

function setList() {
  return [...state.sets.entries()].map(([path, value]) => path + '=' + value);
}

function writeUrl() {
  const params = new URLSearchParams();
  params.set('scenario', state.scenario);
  if (state.focus) params.set('focus', state.focus);
  setList().forEach((set) => params.append('set', set));
  history.replaceState(null, '', '?' + params.toString());
  $('edits').textContent = state.sets.size ? 'Edits: ' + setList().map((s) => '--set ' + s).join(' ') : 'No edits.';
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  const json = await response.json();
  return { ok: response.ok && !json.problems, json };
}

// Runs the scenario with the current edits; a change made while a run is on its way waits for it
// and only the latest waits, so dragging a slider never queues stale runs.
function evaluate(startedAt) {
  const request = { scenario: state.scenario, sets: setList(), focus: state.focus, startedAt };
  if (inFlight) { queued = request; return; }
  inFlight = true;
  post('/api/evaluate', request).then(({ ok, json }) => {
    showProblems(ok ? [] : json.problems || []);
    if (ok) {
      render(json);
      if (request.startedAt !== undefined) {
        requestAnimationFrame(() => window.stratsimTimings.push(performance.now() - request.startedAt));
      }
    } else if (request.startedAt !== undefined) {
      window.stratsimTimings.refused = (window.stratsimTimings.refused || 0) + 1;
    }
  }).catch((error) => showProblems(['error: ' + error])).finally(() => {
    inFlight = false;
    if (queued) { const next = queued; queued = null; evaluateQueued(next); }
  });
}

function evaluateQueued(request) { evaluate(request.startedAt); }

// A refused edit gets the CLI's one-line error beside its control; others show at the top.
function showProblems(problems) {
  document.querySelectorAll('.control .error').forEach((node) => { node.textContent = ''; });
  const general = [];
  problems.forEach((problem) => {
    const control = [...document.querySelectorAll('.control')].find((c) => problem.includes('--set ' + c.dataset.path + '='));
    if (control) control.querySelector('.error').textContent = problem; else general.push(problem);
  });
  $('page-problems').hidden = general.length === 0;
  $('page-problems').textContent = general.join('\n');
}

function render(result) {
  state.result = result;
  if (!state.baseline || state.baseline.scenario !== result.scenario) state.baseline = result;
  $('title').textContent = result.title;
  $('heading').textContent = result.table.heading;
  state.focus = result.focus;
  renderFocus(result);
  renderControls(result);
  renderTable(result);
  renderCharts(result);
  renderRules(result.rules);
  $('signals').replaceChildren(...result.signals.map((s) => el('li', { text: s })));
  $('mc-note').textContent = result.uncertain ? 'Samples the scenario\'s distributions with the edits above.'
    : 'This scenario has no distributions: every sample would be the same.';
  $('mc-run').disabled = !result.uncertain;
  writeUrl();
}

function renderFocus(result) {
  const select = $('focus');
  const ids = result.series.lines.map((l) => l.id).join(',');
  if (select.dataset.ids !== ids) {
    select.replaceChildren(...result.series.lines.map((l) => el('option', { value: l.id, text: l.name })));
    select.dataset.ids = ids;
  }
  select.value = result.focus;
}

// Controls are built once per scenario and then only updated, so a slider keeps its focus while
// it is dragged.
function renderControls(result) {
  const form = $('control-groups');
  if (form.dataset.scenario !== result.scenario) {
    form.replaceChildren(...result.controls.groups.map(group));
    form.dataset.scenario = result.scenario;
  }
  result.controls.groups.forEach((g) => g.controls.forEach((c) => {
    const row = form.querySelector(`[data-path="${CSS.escape(c.path)}"]`);
    if (!row) return;
    const input = row.querySelector('input, select');
    if (document.activeElement !== input || input.type !== 'range') input.value = c.value;
    row.querySelector('output').textContent = shown(c, c.value);
    row.classList.toggle('edited', state.sets.has(c.path));
  }));
}

// A control's value as the page shows it, by the unit the server says it is in (Controls.unit):
// usd as $B, share as a percentage; the page guesses no unit from a path.
function shown(control, value) {
  if (control.kind === 'select') return '';
  const number = Number(value);
  if (control.unit === 'usd') return '$' + (number / 1e9).toFixed(1) + 'B';
  if (control.unit === 'share') return (number * 100).toFixed(0) + '%';
  return String(Math.round(number * 1000) / 1000);
}

function group(g) {
  const set = el('fieldset', {}, el('legend', { text: g.title }));
  if (g.sources.length) set.append(el('p', { class: 'sources', text: 'Sources: ' + g.sources.join('; ') }));
  g.controls.forEach((c) => set.append(control(c)));
  return set;
}

function control(c) {
  const id = 'c-' + c.path.replace(/[^a-z0-9]/gi, '-');
  const row = el('div', { class: 'control', 'data-path': c.path });
  let input;
  if (c.kind === 'select') {
    input = el('select', { id, name: c.path }, ...c.options.map((o) => el('option', { value: o, text: o })));
  } else {
    input = el('input', { id, name: c.path, type: c.kind, min: c.min, max: c.max, step: c.step, value: c.value });
  }
  const hint = [];
  const unit = c.unit ? ' ' + c.unit : '';
  if (c.min !== undefined && c.max !== undefined) hint.push(c.min + ' to ' + c.max + unit);
  else if (c.min !== undefined) hint.push('at least ' + c.min + unit);
  if (c.source) hint.push(c.source);
  row.append(el('label', { for: id, text: c.label, title: c.path }), input, el('output', { for: id }),
    el('span', { class: 'hint', text: hint.join(' · ') }), el('span', { class: 'error', role: 'alert' }));
  input.addEventListener(c.kind === 'range' ? 'input' : 'change', () => {
    const startedAt = performance.now();
    row.querySelector('output').textContent = shown(c, input.value);
    const original = originalValue(c.path);
    if (String(input.value) === String(original)) state.sets.delete(c.path); else state.sets.set(c.path, input.value);
    evaluate(startedAt);
  });
  return row;
}

function originalValue(path) {
  for (const g of state.baseline.controls.groups) {
    for (const c of g.controls) if (c.path === path) return c.value;
  }
  return undefined;
}

function cell(text, explainKey, change, pinnedText) {
  const td = el('td', explainKey ? { class: 'num', 'data-explain': explainKey, tabindex: '0' } : {});
  td.append(text);
  if (change !== undefined) td.append(' ', el('span', { class: 'change', text: '(' + change + ')' }));
  if (pinnedText !== undefined && pinnedText !== text) td.append(el('span', { class: 'pinned', text: 'pinned ' + pinnedText }));
  return td;
}

function renderTable(result) {
  const t = result.table;
  const pinned = state.pinned && state.pinned.scenario === result.scenario ? state.pinned.table : null;
  const pinnedRow = (id, list) => pinned && pinned[list].find((r) => r.id === id);
  const head = ['Competitor', ...(t.severalArenas ? ['Arena'] : []), 'Rank', 'Index', ...t.pillars];
  const rows = t.competitors.map((r) => {
    const p = pinnedRow(r.id, 'competitors');
    return el('tr', { 'data-actor': r.id }, el('td', { text: r.name }), ...(t.severalArenas ? [el('td', { text: r.arena })] : []),
      cell(r.rankShown, undefined, undefined, p ? p.rankShown : undefined),
      cell(r.index.shown, r.id + '.index', r.index.change, p ? p.index.shown : undefined),
      ...r.values.map((v, i) => cell(v.shown, r.id + '.' + v.metric, v.change, p ? p.values[i].shown : undefined)));
  });
  $('positions').replaceChildren(el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h })))), el('tbody', {}, ...rows));
  const others = t.others.map((r) => {
    const p = pinnedRow(r.id, 'others');
    return el('tr', { 'data-actor': r.id }, el('td', { text: r.name }), ...t.otherMetrics.map((m) => {
      const v = r.values.find((x) => x.metric === m);
      const pv = p && p.values.find((x) => x.metric === m);
      return v ? cell(v.shown, r.id + '.' + m, v.change, pv ? pv.shown : undefined) : el('td', { text: '-' });
    }));
  });
  $('others').replaceChildren(el('thead', {}, el('tr', {}, el('th', { text: 'Other actor' }), ...t.otherMetrics.map((m) => el('th', { text: m })))),
    el('tbody', {}, ...others));
}

function explain(key) {
  const result = state.result;
  const [actor, metric] = key.split(/\.(.+)/);
  const lines = [];
  let title;
  if (metric === 'index') {
    const w = result.waterfall;
    title = actor + ' index: the rules behind its change';
    if (w.actor === actor && w.available) {
      w.steps.forEach((s) => lines.push(s.rule + ': ' + (s.index >= 0 ? '+' : '') + Number(s.index).toFixed(2) + ' index points (' + s.years + ')'));
    } else {
      lines.push('Choose ' + actor + ' as the focus to split its index change by rule.');
    }
  } else {
    const e = result.table.explain[key];
    title = e ? e.name + ' ' + e.metric + ': ' + e.start + ' -> ' + e.end : key;
    if (e) {
      e.lines.forEach((l) => lines.push(l.delta + '  ' + l.rule + ' (' + l.years + '): ' + l.reason));
      if (e.bounds) lines.push(e.bounds + '  kept within the metric\'s bounds');
      if (!e.lines.length) lines.push('No rule moved it.');
    }
  }
  $('explain-title').textContent = title;
  $('explain-lines').replaceChildren(...lines.map((l) => el('li', { text: l })));
  $('explain').hidden = false;
}

const PALETTE = ['#1f77b4', '#2ca02c', '#ff7f0e', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
let indexChart;
let waterfallChart;
let mcChart;

function renderCharts(result) {
  indexChart = indexChart || echarts.init($('chart-index'));
  waterfallChart = waterfallChart || echarts.init($('chart-waterfall'));
  const pinned = state.pinned && state.pinned.scenario === result.scenario ? state.pinned : null;
  // Each competitor keeps its colour, and its pinned line the same colour, dashed.
  const colour = (id) => PALETTE[result.series.lines.findIndex((l) => l.id === id) % PALETTE.length];
  const series = result.series.lines.map((l) => ({ name: l.name, type: 'line', data: l.values, symbolSize: 5,
    itemStyle: { color: colour(l.id) }, lineStyle: { color: colour(l.id) } }));
  if (pinned) {
    pinned.series.lines.filter((l) => result.series.lines.some((x) => x.id === l.id)).forEach((l) => series.push({
      name: l.name + ' (pinned)', type: 'line', data: l.values, symbol: 'none',
      itemStyle: { color: colour(l.id) }, lineStyle: { type: 'dashed', opacity: 0.7, color: colour(l.id) } }));
  }
  indexChart.setOption({
    animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 24 },
    xAxis: { type: 'category', data: result.series.years }, yAxis: { type: 'value', scale: true },
    series,
  }, true);
  const w = result.waterfall;
  $('waterfall-caption').textContent = 'Waterfall: ' + (w.available
    ? w.actor + '\'s index ' + w.startYear + '-' + w.endYear + ' by rule' : w.actor + '\'s index cannot be split by rule');
  const labels = ['start'];
  const base = [0];
  const up = [Number(w.start || 0)];
  const down = [0];
  let level = Number(w.start || 0);
  (w.steps || []).forEach((s) => {
    const d = Number(s.index);
    labels.push(s.rule);
    base.push(d >= 0 ? level : level + d);
    up.push(d >= 0 ? d : 0);
    down.push(d < 0 ? -d : 0);
    level += d;
  });
  labels.push('end'); base.push(0); up.push(Number(w.end || level)); down.push(0);
  waterfallChart.setOption({
    animation: false, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, top: 16, bottom: 24 },
    xAxis: { type: 'category', data: labels, axisLabel: { show: false } },
    yAxis: { type: 'value', scale: true },
    series: [
      { type: 'bar', stack: 'w', data: base, itemStyle: { color: 'transparent' }, emphasis: { disabled: true }, silent: true },
      { name: 'raises', type: 'bar', stack: 'w', data: up, itemStyle: { color: '#2e7d32' } },
      { name: 'lowers', type: 'bar', stack: 'w', data: down, itemStyle: { color: '#a4262c' } },
    ],
  }, true);
}

function renderRules(rules) {
  const status = $('rules-status');
  status.classList.toggle('bad', !rules.ok);
  status.textContent = rules.ok ? 'rules folder ' + rules.dir + ' · ' + rules.sha256.slice(0, 8)
    : 'the rules do not compile; running the last version that did';
  status.title = rules.problems.join('\n');
  if (!rules.ok) showProblems(rules.problems);
}

function pin() {
  if (state.pinned) {
    state.pinned = null;
    $('pin').textContent = 'Pin this variant';
  } else {
    state.pinned = state.result;
    $('pin').textContent = 'Unpin';
  }
  render(state.result);
}

async function save() {
  const { ok, json } = await post('/api/save', { scenario: state.scenario, sets: setList() });
  if (!ok) { showProblems(json.problems || []); return; }
  $('saved').hidden = false;
  $('saved-yaml').textContent = json.yaml;
  $('saved-command').textContent = './stratsim run ' + json.file;
  const link = $('saved-download');
  link.download = json.file;
  link.href = URL.createObjectURL(new Blob([json.yaml], { type: 'text/yaml' }));
}

function monteCarlo() {
  const params = new URLSearchParams({ scenario: state.scenario, samples: $('mc-samples').value, seed: $('mc-seed').value });
  if (state.focus) params.set('focus', state.focus);
  setList().forEach((s) => params.append('set', s));
  const source = new EventSource('/api/montecarlo?' + params.toString());
  const progress = $('mc-progress');
  progress.hidden = false; progress.value = 0;
  $('mc-run').disabled = true;
  $('mc-status').textContent = 'running...';
  const done = () => { source.close(); $('mc-run').disabled = false; progress.hidden = true; };
  source.addEventListener('progress', (e) => {
    const p = JSON.parse(e.data);
    progress.max = p.of; progress.value = p.done;
    $('mc-status').textContent = p.done + ' of ' + p.of + ' samples';
  });
  source.addEventListener('result', (e) => { done(); showMonteCarlo(JSON.parse(e.data)); });
  source.addEventListener('failed', (e) => { done(); $('mc-status').textContent = ''; showProblems(JSON.parse(e.data).problems); });
  source.onerror = () => { if (source.readyState !== EventSource.CLOSED) { done(); } };
}

function showMonteCarlo(mc) {
  $('mc-status').textContent = mc.samples + ' samples, seed ' + mc.seed + ': ' + mc.focus + '\'s index in ' + mc.year
    + ' mean ' + Number(mc.mean).toFixed(1) + ', P5 ' + Number(mc.p5).toFixed(1) + ' to P95 ' + Number(mc.p95).toFixed(1);
  $('chart-mc').hidden = false;
  mcChart = mcChart || echarts.init($('chart-mc'));
  mcChart.setOption({
    animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 16, bottom: 40 },
    xAxis: { type: 'category', data: mc.histogram.map((b) => Number(b.from).toFixed(1)), name: mc.focus + ' index', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', name: 'samples' },
    series: [{ type: 'bar', data: mc.histogram.map((b) => b.count), barCategoryGap: '5%', itemStyle: { color: '#1f4e79' } }],
  }, true);
  const places = Math.max(...mc.ranks.map((r) => Object.keys(r.chance).map(Number)).flat());
  const head = el('tr', {}, el('th', { text: 'Rank odds' }), ...Array.from({ length: places }, (_, i) => el('th', { text: String(i + 1) })));
  $('mc-ranks').replaceChildren(el('thead', {}, head), el('tbody', {}, ...mc.ranks.map((r) => el('tr', {}, el('td', { text: r.name }),
    ...Array.from({ length: places }, (_, i) => el('td', { text: r.chance[i + 1] ? Math.round(r.chance[i + 1] * 100) + '%' : '' }))))));
}

function listenForRules() {
  const events = new EventSource('/api/events');
  let first = true;
  events.addEventListener('rules', (e) => {
    const rules = JSON.parse(e.data);
    renderRules(rules);
    if (!first && rules.ok) evaluate();
    first = false;
  });
}

async function start() {
  readUrl();
  const response = await fetch('/api/scenarios');
  const list = await response.json();
  const select = $('scenario');
  select.replaceChildren(...list.scenarios.map((s) => el('option', { value: s.id, text: s.id })));
  if (!list.scenarios.some((s) => s.id === state.scenario)) state.scenario = list.scenarios[0].id;
  select.value = state.scenario;
  $('mc-samples').max = list.maxSamples;
  select.addEventListener('change', () => {
    state.scenario = select.value; state.sets = new Map(); state.focus = null; state.baseline = null;
    $('explain').hidden = true; $('saved').hidden = true;
    evaluate();
  });
  $('focus').addEventListener('change', () => { state.focus = $('focus').value; evaluate(); });
  $('reset').addEventListener('click', () => { state.sets = new Map(); evaluate(); });
  $('pin').addEventListener('click', pin);
  $('save').addEventListener('click', save);
  $('mc-run').addEventListener('click', monteCarlo);
  $('explain-close').addEventListener('click', () => { $('explain').hidden = true; });
  const onNumber = (e) => {
    const td = e.target.closest('td.num');
    if (td && (e.type === 'click' || e.key === 'Enter')) explain(td.dataset.explain);
  };
  ['positions', 'others'].forEach((id) => { $(id).addEventListener('click', onNumber); $(id).addEventListener('keydown', onNumber); });
  window.addEventListener('resize', () => [indexChart, waterfallChart, mcChart].forEach((c) => c && c.resize()));
  // The first run without edits is the reference edits are measured from (for "edited" marks).
  if (state.sets.size) {
    const edits = state.sets;
    state.sets = new Map();
    const { json } = await post('/api/evaluate', { scenario: state.scenario, sets: [], focus: state.focus });
    state.baseline = json;
    state.sets = edits;
  }
  evaluate();
  listenForRules();
}

document.addEventListener('DOMContentLoaded', start);

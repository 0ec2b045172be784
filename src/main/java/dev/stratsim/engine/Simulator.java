package dev.stratsim.engine;

import dev.stratsim.model.MetricDef;
import dev.stratsim.model.PhaseDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Relation;
import dev.stratsim.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Runs a scenario through a rule set year by year: each year gets an empty session holding that
 * year's starting state, the rules add effects and aggregate them into scores, and the scores
 * become the next year's starting state.
 */
public final class Simulator {
  /** Enough for any real scenario by orders of magnitude; more means rules that keep firing. */
  public static final int DEFAULT_MAX_FIRINGS_PER_YEAR = 100_000;
  /**
   * How long one year of one run may take on the clock before its rules are stopped: a year takes
   * milliseconds (a second for the largest scenario allowed), so this means a rule that never ends.
   */
  public static final Duration DEFAULT_YEAR_TIMEOUT = Duration.ofSeconds(30);
  /**
   * Marks the rules that turn a year's effects into scores, index and rank, in a rules folder
   * without phases; with phases, the rules of the phases marked {@code at_start} are those.
   */
  public static final String AGGREGATE = "aggregate";

  private static final Comparator<Effect> EFFECT_ORDER = Comparator.comparingInt(Effect::year)
      .thenComparing(Effect::actor).thenComparing(Effect::metric).thenComparing(Effect::rule)
      .thenComparing(Effect::reason).thenComparingDouble(Effect::delta);
  private static final Comparator<Signal> SIGNAL_ORDER = Comparator.comparingInt(Signal::year)
      .thenComparing(Signal::actor).thenComparing(Signal::rule).thenComparing(Signal::message);

  private final RuleSet rules;
  private final int maxFiringsPerYear;
  private final Duration yearTimeout;
  private final Set<String> off;

  public Simulator(RuleSet rules) {
    this(rules, DEFAULT_MAX_FIRINGS_PER_YEAR);
  }

  public Simulator(RuleSet rules, int maxFiringsPerYear) {
    this(rules, maxFiringsPerYear, DEFAULT_YEAR_TIMEOUT);
  }

  /** @param yearTimeout how long one year of one run may take before its rules are stopped */
  public Simulator(RuleSet rules, Duration yearTimeout) {
    this(rules, DEFAULT_MAX_FIRINGS_PER_YEAR, yearTimeout);
  }

  public Simulator(RuleSet rules, int maxFiringsPerYear, Duration yearTimeout) {
    this(rules, maxFiringsPerYear, yearTimeout, Set.of());
  }

  private Simulator(RuleSet rules, int maxFiringsPerYear, Duration yearTimeout, Set<String> off) {
    this.rules = rules;
    this.maxFiringsPerYear = maxFiringsPerYear;
    this.yearTimeout = yearTimeout;
    this.off = Set.copyOf(off);
  }

  /**
   * What the command line does with the error of a rule that runs past its time and whose thread
   * cannot be stopped (Java 20 and later): print it and exit, since the loop can end no other way.
   */
  public static void onUnstoppableRule(Consumer<String> lastResort) {
    YearWatch.onUnstoppable(lastResort);
  }

  /**
   * A simulator that never fires the named rules, to see what a conclusion owes them. The rules
   * that turn effects into scores, index and rank ({@code @phase("aggregate")}) always fire.
   */
  public Simulator without(Set<String> ruleNames) {
    return new Simulator(rules, maxFiringsPerYear, yearTimeout, ruleNames);
  }

  private boolean mayFire(Match match) {
    return off.isEmpty() || !off.contains(match.getRule().getName()) || isAggregate(match);
  }

  private boolean isAggregate(Match match) {
    return rules.aggregate(match.getRule().getName());
  }

  /** The rule set this simulator runs. */
  public RuleSet rules() {
    return rules;
  }

  public Projection run(Scenario scenario) {
    Vocabulary vocabulary = rules.vocabulary();
    Knobs knobs = new Knobs(vocabulary.knobValues(scenario.assumptionValues()));
    Weights weights = weights(scenario, vocabulary);
    List<State> states = initialStates(scenario, vocabulary);
    List<Start> starts = states.stream().map(s -> new Start(s.actor(), s.metric(), s.value())).toList();
    YearResult start = evaluateStart(scenario, knobs, weights, states);
    List<YearResult> years = new ArrayList<>();
    List<Effect> effects = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    List<Standing> standings = new ArrayList<>();
    SortedMap<String, Integer> firings = new TreeMap<>();
    List<Reach> reaches = List.of();
    for (int year = scenario.period().start(); year <= scenario.period().end(); year++) {
      YearResult before = years.isEmpty() ? start : years.get(years.size() - 1);
      standings.addAll(standings(scenario, year, before));
      YearRun run = runYear(scenario, new Year(year, scenario.period().start(), scenario.period().end()),
          knobs, weights, states, starts, standings, lastYear(vocabulary, years.isEmpty() ? null : before), reaches);
      reaches = run.reaches();
      years.add(run.result());
      effects.addAll(run.effects());
      signals.addAll(run.signals());
      run.firings().forEach((rule, n) -> firings.merge(rule, n, Integer::sum));
      states = nextStates(states, run.result());
    }
    effects.sort(EFFECT_ORDER);
    signals.sort(SIGNAL_ORDER);
    return new Projection(scenario, rules.sha256(), start, List.copyOf(years), List.copyOf(effects),
        List.copyOf(signals), firings, new Counterfactual(this, scenario));
  }

  private record YearRun(YearResult result, List<Effect> effects, List<Signal> signals,
      SortedMap<String, Integer> firings, List<Reach> reaches) {}

  /**
   * The scenario's starting point, before any rule moves a number: only the rules marked
   * {@code @phase("aggregate")} run, on the scenario's own values, so the start has an index and
   * a rank computed the same way as every year's.
   */
  private YearResult evaluateStart(Scenario scenario, Knobs knobs, Weights weights, List<State> states) {
    Year before = new Year(scenario.period().start() - 1, scenario.period().start(), scenario.period().end());
    return evaluate(scenario, before, knobs, weights, states, List.of(), List.of(), List.of(), List.of(), true).result();
  }

  private YearRun runYear(Scenario scenario, Year year, Knobs knobs, Weights weights, List<State> states,
      List<Start> starts, List<Standing> standings, List<LastYear> lastYear, List<Reach> reaches) {
    return evaluate(scenario, year, knobs, weights, states, starts, standings, lastYear, reaches, false);
  }

  private YearRun evaluate(Scenario scenario, Year year, Knobs knobs, Weights weights, List<State> states,
      List<Start> starts, List<Standing> standings, List<LastYear> lastYear, List<Reach> reaches, boolean startOnly) {
    KieSession session = rules.newSession();
    FiringCounter counter = new FiringCounter();
    String when = when(year, startOnly);
    YearWatch.Watch watch = YearWatch.start(session, yearTimeout, counter::current, this::ruleInStack,
        rule -> timeout(scenario, when, rule).getMessage());
    try {
      try {
        session.addEventListener(counter);
        session.insert(year);
        session.insert(knobs);
        session.insert(weights);
        rules.vocabulary().metrics().values().forEach(session::insert);
        scenario.actors().values().forEach(session::insert);
        roles(scenario, year.value()).forEach(session::insert);
        states.forEach(session::insert);
        supplies(scenario, states).forEach(session::insert);
        if (startOnly) {
          focus(session, true);
          session.fireAllRules(this::isAggregate, maxFiringsPerYear);
        } else {
          starts.forEach(session::insert);
          standings.forEach(session::insert);
          lastYear.forEach(session::insert);
          reaches.forEach(session::insert);
          scenario.deals().forEach(deal -> session.insert(deal.asOf(year.value())));
          amended(scenario, year.value()).forEach(session::insert);
          focus(session, false);
          int fired = off.isEmpty() ? session.fireAllRules(maxFiringsPerYear)
              : session.fireAllRules(this::mayFire, maxFiringsPerYear);
          if (fired >= maxFiringsPerYear && !watch.expired()) {
            throw new RuleFailureException("rules kept firing in scenario " + scenario.id() + ", year "
                + year.value() + " (stopped after " + maxFiringsPerYear + " firings): " + counter.busiest(3)
                + "; make sure a rule does not insert facts that match its own conditions, or make the scenario"
                + " smaller (docs/limits.md)", null);
          }
        }
        if (watch.expired()) {
          throw timeout(scenario, when, watch.rule());
        }
        return collect(scenario, year.value(), session, states, counter);
      } finally {
        watch.close();
      }
    } catch (RuleFailureException e) {
      throw e;
    } catch (ConsequenceException e) {
      if (watch.expired()) {
        throw timeout(scenario, when, watch.rule());
      }
      throw failure(scenario, when, e.getMatch().getRule().getName(), rootCause(e));
    } catch (RuntimeException | ThreadDeath e) {
      if (watch.expired()) {
        throw timeout(scenario, when, watch.rule());
      }
      if (e instanceof ThreadDeath death) {
        throw death;
      }
      Throwable cause = rootCause(e);
      throw failure(scenario, when, counter.current() != null ? counter.current() : ruleInStack(cause), cause);
    } finally {
      session.removeEventListener(counter);
      if (watch.expired()) {
        // Stopped in the middle of a rule: the session is not fit to be used again.
        session.destroy();
      } else {
        // A disposed session goes back to the pool, listeners and all.
        session.dispose();
      }
    }
  }

  /** Every change of a deal's terms made by this year, each with the terms it replaced. */
  private static List<Amended> amended(Scenario scenario, int year) {
    List<Amended> changes = new ArrayList<>();
    for (Deal deal : scenario.deals()) {
      Deal before = deal;
      for (Deal.Amendment amendment : deal.amendments()) {
        if (amendment.year() > year) {
          break;
        }
        changes.add(new Amended(amendment.year(), before, amendment.terms()));
        before = amendment.terms();
      }
    }
    return changes;
  }

  private static String seconds(Duration duration) {
    return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
  }

  private RuleFailureException timeout(Scenario scenario, String when, String rule) {
    String who = rule == null ? "the rules" : "rule \"" + rule + "\"";
    return new RuleFailureException(who + " ran for more than " + seconds(yearTimeout) + " in scenario "
        + scenario.id() + ", " + when + ", and " + (rule == null ? "were" : "was") + " stopped; make sure "
        + (rule == null ? "every rule ends" : "it ends") + " (a loop that never does?), or allow more time with"
        + " --year-timeout SECONDS", null);
  }

  /**
   * The rule whose condition threw, found from the class Drools generates for it
   * ({@code Rule_Name_with_underscores1234}), or null when the stack does not say.
   */
  private String ruleInStack(Throwable cause) {
    return ruleInStack(cause.getStackTrace());
  }

  private String ruleInStack(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
      for (RuleInfo rule : rules.rules()) {
        if (type.startsWith("Rule_" + rule.name().replaceAll("[^A-Za-z0-9]", "_"))) {
          return rule.name();
        }
      }
    }
    return null;
  }

  private static String when(Year year, boolean startOnly) {
    return startOnly ? "at the start of " + year.first() : "year " + year.value();
  }

  private static RuleFailureException failure(Scenario scenario, String when, String rule, Throwable cause) {
    String who = rule == null ? "a rule condition" : "rule \"" + rule + "\"";
    String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new RuleFailureException(who + " failed in scenario " + scenario.id() + ", " + when + ": " + what.lines().findFirst().orElse(what), cause);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  private YearRun collect(Scenario scenario, int year, KieSession session, List<State> states,
      FiringCounter counter) {
    List<Effect> effects = facts(session, Effect.class);
    // The session hands facts back in no stable order; sorted, a rule failure names the same effect every run.
    effects.sort(EFFECT_ORDER);
    SortedMap<String, SortedMap<String, Double>> metrics = new TreeMap<>();
    for (Score score : facts(session, Score.class)) {
      metrics.computeIfAbsent(score.actor(), a -> new TreeMap<>()).put(score.metric(), score.value());
    }
    Set<String> tracked = new HashSet<>();
    states.forEach(s -> tracked.add(s.actor() + "." + s.metric()));
    for (Effect effect : effects) {
      String what = effect.actor() + "." + effect.metric();
      if (!tracked.contains(what)) {
        throw new RuleFailureException("rule \"" + effect.rule() + "\" failed in scenario " + scenario.id()
            + ", year " + year + ": it changed " + what
            + ", a metric that actor does not have; match the metric's State before changing it", null);
      }
      if (!Double.isFinite(effect.delta())) {
        throw new RuleFailureException("rule \"" + effect.rule() + "\" failed in scenario " + scenario.id()
            + ", year " + year + ": it changed " + what + " by " + effect.delta()
            + "; check the scenario's numbers for zeros and extremes", null);
      }
    }
    SortedMap<String, Double> index = new TreeMap<>();
    facts(session, Position.class).forEach(p -> index.put(p.actor(), p.index()));
    SortedMap<String, Integer> rank = new TreeMap<>();
    facts(session, Rank.class).forEach(r -> rank.put(r.actor(), r.rank()));
    SortedMap<String, String> arena = new TreeMap<>();
    rank.keySet().forEach(actor -> arena.put(actor, rules.vocabulary().arenaOf(scenario.actors().get(actor).roleIn(year))));
    // What the rules wrote of this year's holdings, for the next year's session (sorted: the same order every run).
    List<Reach> reaches = facts(session, Reach.class).stream().filter(r -> r.year() == year)
        .sorted(Comparator.comparing(Reach::acquirer).thenComparing(Reach::target)).toList();
    return new YearRun(new YearResult(year, metrics, index, rank, arena), effects, facts(session, Signal.class),
        counter.counts(), reaches);
  }

  private static <T> List<T> facts(KieSession session, Class<T> type) {
    List<T> found = new ArrayList<>();
    // A class filter reads the class's own store; any other filter visits every fact.
    for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
      found.add(type.cast(fact));
    }
    return found;
  }

  private static List<State> initialStates(Scenario scenario, Vocabulary vocabulary) {
    List<State> states = new ArrayList<>();
    for (Actor actor : scenario.actors().values()) {
      actor.metrics().forEach((metric, value) -> {
        MetricDef def = vocabulary.metrics().get(metric);
        states.add(new State(actor.id(), metric, value, def.min(), def.max()));
      });
    }
    MetricDef share = vocabulary.metrics().get("share");
    for (Relation relation : scenario.relations()) {
      states.add(new State(relation.customer(), Supply.shareMetric(relation.supplier()), relation.share(),
          share == null ? 0 : share.min(), share == null ? 1 : share.max()));
    }
    return List.copyOf(states);
  }

  private static List<State> nextStates(List<State> states, YearResult result) {
    return states.stream()
        .map(s -> new State(s.actor(), s.metric(),
            result.metric(s.actor(), s.metric()).orElse(s.value()), s.min(), s.max()))
        .toList();
  }

  /**
   * Puts the phases on the agenda's focus stack so that they run in the order the rules folder
   * lists them: the first phase ends up on top. At the start only the phases marked to run there.
   */
  private void focus(KieSession session, boolean startOnly) {
    List<PhaseDef> phases = rules.vocabulary().phases();
    for (int i = phases.size() - 1; i >= 0; i--) {
      // A phase no rule is in has no agenda group, and nothing to run.
      AgendaGroup group = session.getAgenda().getAgendaGroup(phases.get(i).name());
      if (group != null && (!startOnly || phases.get(i).atStart())) {
        group.setFocus();
      }
    }
  }

  private static Weights weights(Scenario scenario, Vocabulary vocabulary) {
    SortedMap<String, SortedMap<String, Double>> arenas = new TreeMap<>();
    for (Actor actor : scenario.actors().values()) {
      for (int year = scenario.period().start() - 1; year <= scenario.period().end(); year++) {
        String arena = vocabulary.arenaOf(actor.roleIn(year));
        arenas.computeIfAbsent(arena, a -> vocabulary.weightsIn(a, scenario.weights()));
      }
    }
    return new Weights(arenas);
  }

  private List<Role> roles(Scenario scenario, int year) {
    Vocabulary vocabulary = rules.vocabulary();
    return scenario.actors().values().stream().map(actor -> {
      String role = actor.roleIn(year);
      String arena = vocabulary.arenaOf(role);
      return new Role(actor.id(), role, arena, vocabulary.sells(role), vocabulary.maker(role),
          vocabulary.rivalArenas(arena));
    }).toList();
  }

  /** The derived metrics of the year before, none in the first year of the period. */
  private static List<LastYear> lastYear(Vocabulary vocabulary, YearResult before) {
    List<LastYear> derived = new ArrayList<>();
    if (before != null) {
      before.metrics().forEach((actor, metrics) -> metrics.forEach((metric, value) -> {
        MetricDef def = vocabulary.metrics().get(metric);
        if (def != null && def.derived()) {
          derived.add(new LastYear(actor, metric, value));
        }
      }));
    }
    return derived;
  }

  /** Where each competitor stood when {@code year} began, by the result of the year before. */
  private List<Standing> standings(Scenario scenario, int year, YearResult before) {
    Vocabulary vocabulary = rules.vocabulary();
    List<Standing> standings = new ArrayList<>();
    before.rank().forEach((actor, rank) -> standings.add(new Standing(year, actor,
        vocabulary.arenaOf(scenario.actors().get(actor).roleIn(year - 1)), before.index().get(actor), rank)));
    return standings;
  }

  private static List<Supply> supplies(Scenario scenario, List<State> states) {
    // Looked up by actor and metric: a scan of the states for each relation made a year's set-up
    // quadratic in the relations (10,000 relations: seconds a year).
    Map<String, Double> shares = new HashMap<>();
    for (State state : states) {
      if (state.metric().startsWith(Supply.shareMetric(""))) {
        shares.putIfAbsent(state.actor() + "\u0000" + state.metric(), state.value());
      }
    }
    List<Supply> supplies = new ArrayList<>();
    for (Relation relation : scenario.relations()) {
      String metric = Supply.shareMetric(relation.supplier());
      double share = shares.getOrDefault(relation.customer() + "\u0000" + metric, relation.share());
      supplies.add(new Supply(relation.customer(), relation.supplier(), share, relation.share(),
          relation.revenueShare(), relation.pillar(), relation.commitment()));
    }
    return supplies;
  }
}

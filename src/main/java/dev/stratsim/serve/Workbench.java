package dev.stratsim.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.analysis.simulate.Summary;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.briefing.model.Attribution;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.engine.YearResult;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;
import dev.stratsim.output.run.PositionView;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.EditedScenario;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.watch.FileStamps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

/**
 * What {@code serve} does, without the web: the scenarios it offers, each one's controls, a run with
 * the page's edits, a scenario file of those edits, a bounded Monte Carlo run, and the rules
 * reloaded when their files change. Every edit is a {@code --set} and goes through the same checks
 * as on the command line. Thread-safe: the rule set serves any number of requests at once.
 */
public final class Workbench {
  /** The most samples one Monte Carlo request may ask for: a few seconds on two cores. */
  public static final int MAX_SAMPLES = 5000;
  /** How many bins the histogram of the focus actor's index has. */
  private static final int BINS = 24;

  private final Path rulesDir;
  private final Map<String, Path> scenarios;
  /** The scenario ids in the order given on the command line. */
  private final List<String> order;
  /** One Monte Carlo run at a time: a second would only halve the speed of both. */
  private final Semaphore monteCarlo = new Semaphore(1);
  private volatile Loaded loaded;
  private volatile List<Problem> rulesProblems = List.of();
  private FileStamps rulesSeen;

  /** The rule set the page runs on and the simulator over it. */
  private record Loaded(RuleSet rules, Simulator simulator) {}

  /**
   * @param scenarioFiles the scenarios offered, by id; each is read again for every run, so an
   *     edit of the file shows at the next change on the page
   * @throws InvalidInputException when the rules do not compile or a scenario does not load at
   *     first: the page needs one good version to start from
   */
  public Workbench(Path rulesDir, List<Path> scenarioFiles) {
    this.rulesDir = rulesDir;
    this.rulesSeen = stamps();
    RuleSet rules = RuleSet.load(rulesDir);
    this.loaded = new Loaded(rules, new Simulator(rules));
    Map<String, Path> byId = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : scenarioFiles) {
      try {
        byId.put(ScenarioTemplate.load(rules.vocabulary(), file, List.of()).central().id(), file);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    InvalidInputException.throwIfAny(problems);
    this.scenarios = Map.copyOf(byId);
    this.order = List.copyOf(byId.keySet());
  }

  private FileStamps stamps() {
    return FileStamps.of(List.of(rulesDir), List.of(".drl", ".yaml", ".yml"));
  }

  /**
   * Reloads the rules when one of their files changed since the last look: the new rule set when
   * it compiles, else its problems, while the page goes on with the last rules that compiled.
   *
   * @return whether anything changed
   */
  public synchronized boolean reloadIfChanged() {
    FileStamps now = stamps();
    if (now.changedSince(rulesSeen).isEmpty()) {
      return false;
    }
    rulesSeen = now;
    try {
      RuleSet rules = RuleSet.load(rulesDir);
      loaded = new Loaded(rules, new Simulator(rules));
      rulesProblems = List.of();
    } catch (InvalidInputException e) {
      rulesProblems = List.copyOf(e.problems());
    }
    return true;
  }

  /** Whether the rules compile, with their fingerprint, or the problems of the last edit. */
  public ObjectNode rulesStatus() {
    ObjectNode status = JsonNodeFactory.instance.objectNode();
    status.put("ok", rulesProblems.isEmpty());
    status.put("sha256", loaded.rules().sha256());
    status.put("dir", rulesDir.toString());
    ArrayNode problems = status.putArray("problems");
    rulesProblems.forEach(p -> problems.add("error: " + p));
    return status;
  }

  /** The scenarios offered, in the order given. */
  public ObjectNode scenarios() {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    ArrayNode items = list.putArray("scenarios");
    for (String id : order) {
      items.addObject().put("id", id).put("file", scenarios.get(id).toString());
    }
    list.set("rules", rulesStatus());
    list.put("maxSamples", MAX_SAMPLES);
    return list;
  }

  private Path file(String id) {
    Path file = scenarios.get(id);
    if (file == null) {
      throw new InvalidInputException(Problem.general("no scenario '" + id + "' is served; choose one of "
          + String.join(", ", order)));
    }
    return file;
  }

  /**
   * The scenario with the edits run on the warm engine: the controls with their values, the
   * position table with the rules behind each number, the index of each competitor by year and the
   * focus actor's waterfall.
   *
   * @throws InvalidInputException for an edit the scenario checks refuse, with the CLI's message
   */
  public ObjectNode evaluate(String id, List<String> sets, String focusAsked) {
    Loaded now = loaded;
    Vocabulary vocabulary = now.rules().vocabulary();
    ScenarioTemplate template = ScenarioTemplate.load(vocabulary, file(id), sets);
    Scenario scenario = template.central();
    Projection projection = now.simulator().run(scenario);
    String focus = focus(projection, focusAsked);
    int year = projection.last().year();
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("scenario", scenario.id());
    result.put("title", scenario.title());
    result.put("focus", focus);
    result.put("uncertain", !template.inputs().isEmpty());
    ArrayNode applied = result.putArray("sets");
    sets.forEach(applied::add);
    result.set("controls", Controls.of(scenario, vocabulary));
    result.set("table", PositionView.json(projection, year, vocabulary));
    result.set("series", series(projection));
    result.set("waterfall", waterfall(projection, focus, vocabulary));
    ArrayNode signals = result.putArray("signals");
    projection.signals().forEach(s -> signals.add(s.year() + "  " + s.actor() + ": " + s.message()));
    result.set("rules", rulesStatus());
    return result;
  }

  /** The competitor the waterfall and the Monte Carlo follow: as asked, else the first acquirer, else the leader. */
  private static String focus(Projection projection, String asked) {
    YearResult last = projection.last();
    if (asked != null && last.ranks(asked)) {
      return asked;
    }
    return projection.scenario().deals().stream().map(d -> d.acquirer()).filter(last::ranks).findFirst()
        .orElseGet(() -> last.rank().entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey)
            .findFirst().orElse(""));
  }

  /** Each competitor's index from the scenario's inputs through its last year. */
  private static ObjectNode series(Projection projection) {
    ObjectNode series = JsonNodeFactory.instance.objectNode();
    ArrayNode years = series.putArray("years");
    List<YearResult> all = new ArrayList<>();
    all.add(projection.start());
    all.addAll(projection.years());
    all.forEach(y -> years.add(y.year() == projection.start().year() ? "start" : String.valueOf(y.year())));
    ArrayNode lines = series.putArray("lines");
    for (Actor actor : projection.scenario().actors().values()) {
      if (!projection.last().ranks(actor.id())) {
        continue;
      }
      ObjectNode line = lines.addObject().put("id", actor.id()).put("name", actor.name())
          .put("arena", projection.last().arenaOf(actor.id()));
      ArrayNode values = line.putArray("values");
      all.forEach(y -> values.add(Numbers.json(y.index().getOrDefault(actor.id(), Double.NaN))));
    }
    return series;
  }

  /** The focus actor's index change split by rule (as the briefing's waterfall), if its index is a CES mean. */
  private static ObjectNode waterfall(Projection projection, String focus, Vocabulary vocabulary) {
    ObjectNode waterfall = JsonNodeFactory.instance.objectNode();
    Optional<Attribution> attribution = Attribution.of(projection, focus, vocabulary.pillars(),
        projection.scenario().weights(),
        vocabulary.knobValues(projection.scenario().assumptionValues()).get(Attribution.RHO));
    if (attribution.isEmpty()) {
      return waterfall.put("actor", focus).put("available", false);
    }
    Attribution a = attribution.get();
    waterfall.put("actor", focus).put("available", true)
        .put("start", Numbers.json(a.startIndex())).put("end", Numbers.json(a.endIndex()))
        .put("startYear", a.startYear()).put("endYear", a.endYear())
        .put("bounds", Numbers.json(a.bounds()));
    ArrayNode steps = waterfall.putArray("steps");
    a.contributions().forEach(c -> steps.addObject().put("rule", c.rule()).put("index", Numbers.json(c.index()))
        .put("years", c.firstYear() == c.lastYear() ? String.valueOf(c.firstYear()) : c.firstYear() + "-" + c.lastYear()));
    return waterfall;
  }

  /**
   * The scenario with the edits as a file of its own, named after the scenario with
   * {@code -edited}: {@code run} of it gives the page's numbers.
   */
  public String save(String id, List<String> sets) {
    return EditedScenario.yaml(loaded.rules().vocabulary(), file(id), sets, id + "-edited");
  }

  /**
   * Monte Carlo over the scenario's distributions with the edits: the focus actor's index in the
   * last year as a histogram, and each competitor's chance of each rank.
   *
   * @param progress told the samples done, now and then
   * @throws InvalidInputException when the request is out of bounds, another run is going, or the
   *     scenario has nothing uncertain
   */
  public ObjectNode monteCarlo(String id, List<String> sets, String focusAsked, int samples, long seed,
      IntConsumer progress, StopSignal stop) {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new InvalidInputException(Problem.general("samples " + samples + " is out of range; give 1 to "
          + MAX_SAMPLES));
    }
    if (!monteCarlo.tryAcquire()) {
      throw new InvalidInputException(Problem.general("a Monte Carlo run is already going; wait for it to finish"));
    }
    try {
      Loaded now = loaded;
      ScenarioTemplate template = ScenarioTemplate.load(now.rules().vocabulary(), file(id), sets);
      if (template.inputs().isEmpty()) {
        throw new InvalidInputException(Problem.inFile(file(id), "has no distributions, so every sample would"
            + " be the same; write uncertain values as {dist: ...}"));
      }
      Projection central = now.simulator().run(template.central());
      String focus = focus(central, focusAsked);
      List<String> competitors = central.scenario().actors().keySet().stream().filter(central.last()::ranks).toList();
      List<Metric> metrics = new ArrayList<>(List.of(Metric.parse(focus + ".index")));
      competitors.forEach(c -> metrics.add(Metric.parse(c + ".rank")));
      SimulationResult result;
      try (Progress counter = new Counter(progress)) {
        result = new Simulation(now.simulator()).run(template, metrics,
            new Simulation.Settings(samples, seed, Runtime.getRuntime().availableProcessors()), counter, stop);
      }
      return monteCarloJson(result, metrics, focus, competitors, central);
    } finally {
      monteCarlo.release();
    }
  }

  private static ObjectNode monteCarloJson(SimulationResult result, List<Metric> metrics, String focus,
      List<String> competitors, Projection central) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("samples", result.done()).put("stopped", result.stopped()).put("focus", focus)
        .put("year", result.year()).put("seed", result.settings().seed());
    Summary index = result.summary(metrics.get(0));
    double[] p = index.percentiles(5, 50, 95);
    json.put("mean", Numbers.json(index.mean())).put("p5", Numbers.json(p[0])).put("p50", Numbers.json(p[1]))
        .put("p95", Numbers.json(p[2]));
    double low = index.percentile(0);
    double high = index.percentile(100);
    double width = high > low ? (high - low) / BINS : 1;
    int[] counts = new int[BINS];
    for (int i = 0; i < index.count(); i++) {
      counts[Math.min(BINS - 1, (int) ((index.value(i) - low) / width))]++;
    }
    ArrayNode bins = json.putArray("histogram");
    for (int b = 0; b < BINS; b++) {
      bins.addObject().put("from", Numbers.json(low + b * width)).put("to", Numbers.json(low + (b + 1) * width))
          .put("count", counts[b]);
    }
    ArrayNode odds = json.putArray("ranks");
    for (int c = 0; c < competitors.size(); c++) {
      SortedMap<Double, Integer> places = result.summary(metrics.get(c + 1)).counts();
      ObjectNode row = odds.addObject().put("id", competitors.get(c))
          .put("name", central.scenario().actors().get(competitors.get(c)).name());
      ObjectNode chance = row.putObject("chance");
      places.forEach((rank, n) -> chance.put(String.valueOf(rank.intValue()), Numbers.json((double) n / result.done())));
    }
    return json;
  }

  /** Counts samples for the page's progress bar. */
  private static final class Counter implements Progress {
    private final IntConsumer progress;
    private int done;

    Counter(IntConsumer progress) {
      this.progress = progress;
    }

    @Override
    public synchronized void step() {
      progress.accept(++done);
    }

    @Override
    public void close() {}
  }
}

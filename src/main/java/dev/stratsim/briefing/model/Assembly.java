package dev.stratsim.briefing.model;

import dev.stratsim.output.calibrate.CalibrationJson;
import dev.stratsim.analysis.calibrate.CalibrationResult;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.AssumptionsOverlay;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Loads the scenarios of a report and their references, runs each once, and builds the briefing. */
public final class Assembly {
  private final RuleSet rules;
  private final Simulator simulator;
  private final Map<Path, Projection> runs = new LinkedHashMap<>();

  public Assembly(RuleSet rules) {
    this(rules, Simulator.DEFAULT_YEAR_TIMEOUT);
  }

  public Assembly(RuleSet rules, java.time.Duration yearTimeout) {
    this.rules = rules;
    this.simulator = new Simulator(rules, yearTimeout);
  }

  /** Checks {@code --samples} before the rules are compiled, as {@code simulate} does. */
  public static void checkSamples(ReportRequest request) {
    if (request.samples() != null) {
      Simulation.checkSamples(request.samples());
    }
  }

  /**
   * Loads every scenario the report reads and checks what needs no run ({@code --samples} has
   * something to draw) against the rules' vocabulary, before the rules are compiled.
   */
  public static void checkInputs(Vocabulary vocabulary, ReportRequest request) {
    List<ScenarioTemplate> templates = Scenarios.templates(vocabulary, inputs(request), List.of());
    if (request.samples() != null) {
      sampled(request.scenarios(), templates.subList(0, request.scenarios().size()));
    }
  }

  /** The scenarios, then the references they are compared with that are not among them. */
  private static List<Path> inputs(ReportRequest request) {
    List<Path> files = request.scenarios();
    List<Path> all = new ArrayList<>(files);
    references(request).stream().filter(r -> !all.contains(r)).forEach(all::add);
    return all;
  }

  /** What each scenario is compared with: --against, else its extends parent, else the first. */
  private static List<Path> references(ReportRequest request) {
    List<Path> files = request.scenarios();
    return files.stream().map(file -> request.against() != null ? request.against()
        : ScenarioFile.of(file).parent().orElse(files.get(0))).toList();
  }

  public Briefing build(ReportRequest request, Clock clock, UncertaintyEstimator estimator) {
    checkSamples(request);
    List<Path> files = request.scenarios();
    List<Path> references = references(request);
    List<Path> all = inputs(request);
    List<ScenarioTemplate> templates = Scenarios.templates(rules.vocabulary(), all,
        AssumptionsOverlay.before(request.assumptions(), rules.vocabulary(), List.of()));
    Optional<CalibrationResult> calibration = request.calibration() == null ? Optional.empty()
        : Optional.of(CalibrationJson.read(request.calibration()));
    List<Scenario> loaded = templates.stream().map(ScenarioTemplate::central).toList();
    List<Problem> unknownRules = Expectations.unknownRules(loaded, rules);
    if (!unknownRules.isEmpty()) {
      throw new InvalidInputException(unknownRules);
    }
    for (int i = 0; i < all.size(); i++) {
      runs.put(key(all.get(i)), simulator.run(loaded.get(i)));
    }
    List<Projection> cases = files.stream().map(f -> runs.get(key(f))).toList();
    String focus = request.focus() != null ? request.focus() : defaultFocus(cases);
    checkFocus(focus, cases);
    Long seed = request.samples() == null ? null : request.seed() == null ? Simulation.DEFAULT_SEED : request.seed();
    Optional<Uncertainty> uncertainty = Optional.empty();
    int sampled = -1;
    if (request.samples() != null) {
      sampled = sampled(files, templates.subList(0, files.size()));
      uncertainty = Optional.of(estimator.estimate(simulator, templates.get(sampled), focus, request.samples(), seed));
    }
    List<String> pillars = rules.vocabulary().pillars();
    List<Briefing.Case> built = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Projection projection = cases.get(i);
      Projection reference = runs.get(key(references.get(i)));
      Optional<Attribution> attribution = Attribution.of(projection, focus, pillars,
          projection.scenario().weights(),
          rules.vocabulary().knobValues(projection.scenario().assumptionValues()).get(Attribution.RHO));
      List<String> summary = Summary.of(projection, reference, focus, attribution, rules.vocabulary(),
          id -> name(id, cases));
      if (i == sampled) {
        summary = new ArrayList<>(summary);
        summary.addAll(SampleSentences.of(uncertainty.orElseThrow(), name(focus, cases),
            path -> InputLabels.of(path, projection.scenario(), id -> name(id, cases))));
      }
      built.add(new Briefing.Case(projection, reference, ScenarioFile.of(files.get(i)).description(),
          Position.of(projection, reference, pillars), attribution, List.copyOf(summary)));
    }
    TreeMap<String, String> shas = new TreeMap<>();
    runs.values().forEach(p -> shas.put(p.scenario().id(), p.scenario().sha256()));
    Fingerprint fingerprint = new Fingerprint(request.version(), rules.sha256(), shas, request.samples(), seed);
    String title = request.title() != null ? request.title() : cases.get(0).scenario().title();
    String at = request.timestamp() ? Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString() : null;
    java.util.Map<String, String> rationales = new java.util.TreeMap<>();
    rules.rules().forEach(r -> rationales.put(r.name(), r.rationale() == null ? "" : r.rationale()));
    return new Briefing(title, at, focus, List.copyOf(built), rules.vocabulary(), fingerprint, uncertainty,
        calibration, rationales);
  }

  /** The case the samples are drawn for: the first with distributions. */
  private static int sampled(List<Path> files, List<ScenarioTemplate> cases) {
    for (int i = 0; i < cases.size(); i++) {
      if (!cases.get(i).inputs().isEmpty()) {
        return i;
      }
    }
    throw new InvalidInputException(files.size() == 1
        ? Problem.inFile(files.get(0), "has no distributions, so --samples has nothing to draw; write uncertain"
            + " values as {dist: ...} (docs/scenario-format.md) or leave out --samples")
        : Problem.general("none of the scenarios has distributions, so --samples has nothing to draw; write"
            + " uncertain values as {dist: ...} (docs/scenario-format.md) or leave out --samples"));
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /** The acquirer of the first deal of the first scenario that has one, else the first leader. */
  private static String defaultFocus(List<Projection> cases) {
    return cases.stream().flatMap(p -> p.scenario().deals().stream()).map(d -> d.acquirer()).findFirst()
        .orElseGet(() -> cases.get(0).last().rank().entrySet().stream().filter(e -> e.getValue() == 1)
            .map(Map.Entry::getKey).findFirst()
            .orElse(cases.get(0).scenario().actors().keySet().iterator().next()));
  }

  private static void checkFocus(String focus, List<Projection> cases) {
    List<Problem> problems = new ArrayList<>();
    for (Projection p : cases) {
      if (!p.last().ranks(focus)) {
        problems.add(Problem.inFile(p.scenario().file(), "--focus '" + focus
            + "' is not a competitor in this scenario; choose one of "
            + String.join(", ", p.last().rank().keySet())));
      }
    }
    InvalidInputException.throwIfAny(problems);
  }

  private static String name(String actor, List<Projection> projections) {
    return projections.stream().map(p -> p.scenario().actors().get(actor)).filter(a -> a != null)
        .map(a -> a.name()).findFirst().orElse(actor);
  }
}

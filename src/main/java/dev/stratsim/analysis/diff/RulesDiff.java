package dev.stratsim.analysis.diff;

import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.engine.Build;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the same scenario files under two versions of the rules and reports what moved. Each side
 * loads the scenarios with its own vocabulary, so a scenario that only one side understands is
 * reported rather than fatal.
 */
public final class RulesDiff {
  private RulesDiff() {}

  /** Compares the runs with every distribution at its central value. */
  public static DiffReport compare(RuleSide base, RuleSide current, List<Path> files, double tolerance) {
    return compare(base, current, files, tolerance, Optional.empty());
  }

  /**
   * @param sampling when present, scenarios with distributions are also compared over these
   *     Monte Carlo samples, the same draws on both sides
   * @throws InvalidInputException when a scenario loads on neither side
   * @throws RuleFailureException when a rule fails on either side, naming the side
   */
  public static DiffReport compare(RuleSide base, RuleSide current, List<Path> files, double tolerance,
      Optional<Simulation.Settings> sampling) {
    return compare(base, current, files, tolerance, sampling, Simulator.DEFAULT_YEAR_TIMEOUT);
  }

  /** @param yearTimeout how long one year of one run may take before its rules are stopped */
  public static DiffReport compare(RuleSide base, RuleSide current, List<Path> files, double tolerance,
      Optional<Simulation.Settings> sampling, java.time.Duration yearTimeout) {
    Tolerance points = new Tolerance(tolerance);
    ProjectionDiff differ = new ProjectionDiff(points, current.rules().vocabulary());
    Optional<SampledComparison> sampler = sampling.map(s -> new SampledComparison(s, points));
    Simulator baseRun = new Simulator(base.rules(), yearTimeout);
    Simulator currentRun = new Simulator(current.rules(), yearTimeout);
    List<ScenarioDiff> diffs = new ArrayList<>();
    List<Problem> neither = new ArrayList<>();
    for (Path file : files) {
      Loaded was = load(base, file);
      Loaded is = load(current, file);
      if (was.template() != null && is.template() != null) {
        SampledComparison.Side baseSide = side(base, baseRun, was.template());
        SampledComparison.Side currentSide = side(current, currentRun, is.template());
        // Without distributions every sample is the central run, which is compared already.
        Optional<SampledDiff> sampled = sampler.filter(x -> !is.template().inputs().isEmpty())
            .map(x -> x.compare(baseSide, currentSide));
        diffs.add(differ.compare(baseSide.central(), currentSide.central(), sampled));
      } else if (is.template() != null) {
        diffs.add(new ScenarioDiff.OneSided(file, current.name(), was.problems()));
      } else if (was.template() != null) {
        diffs.add(new ScenarioDiff.OneSided(file, base.name(), is.problems()));
      } else {
        neither.addAll(is.problems());
      }
    }
    if (!neither.isEmpty()) {
      throw new InvalidInputException(neither);
    }
    return new DiffReport(base.label(), current.label(), tolerance, ModelChanges.of(base, current), diffs,
        sampling, Build.version());
  }

  private record Loaded(ScenarioTemplate template, List<Problem> problems) {}

  private static Loaded load(RuleSide side, Path file) {
    try {
      return new Loaded(new ScenarioLoader(side.rules().vocabulary()).template(file, List.of()), List.of());
    } catch (InvalidInputException e) {
      return new Loaded(null, e.problems());
    }
  }

  private static SampledComparison.Side side(RuleSide side, Simulator simulator, ScenarioTemplate template) {
    return new SampledComparison.Side(side, simulator, template, run(side, simulator, template.central()));
  }

  private static Projection run(RuleSide side, Simulator simulator, Scenario scenario) {
    try {
      return simulator.run(scenario);
    } catch (RuleFailureException e) {
      throw new RuleFailureException(side.name() + " rules (" + side.label() + "): " + e.getMessage(), e.getCause());
    }
  }
}

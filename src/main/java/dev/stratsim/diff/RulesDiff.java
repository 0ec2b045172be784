package dev.stratsim.diff;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.report.Version;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the same scenario files under two versions of the rules and reports what moved. Each side
 * loads the scenarios with its own vocabulary, so a scenario that only one side understands is
 * reported rather than fatal.
 */
public final class RulesDiff {
  private RulesDiff() {}

  /**
   * @throws InvalidInputException when a scenario loads on neither side
   * @throws RuleFailureException when a rule fails on either side, naming the side
   */
  public static DiffReport compare(RuleSide base, RuleSide current, List<Path> files, double tolerance) {
    ProjectionDiff differ = new ProjectionDiff(new Tolerance(tolerance), current.rules().vocabulary());
    Simulator baseRun = new Simulator(base.rules());
    Simulator currentRun = new Simulator(current.rules());
    List<ScenarioDiff> diffs = new ArrayList<>();
    List<Problem> neither = new ArrayList<>();
    for (Path file : files) {
      Loaded was = load(base, file);
      Loaded is = load(current, file);
      if (was.scenario() != null && is.scenario() != null) {
        diffs.add(differ.compare(run(base, baseRun, was.scenario()), run(current, currentRun, is.scenario())));
      } else if (is.scenario() != null) {
        diffs.add(new ScenarioDiff.OneSided(file, current.name(), was.problems()));
      } else if (was.scenario() != null) {
        diffs.add(new ScenarioDiff.OneSided(file, base.name(), is.problems()));
      } else {
        neither.addAll(is.problems());
      }
    }
    if (!neither.isEmpty()) {
      throw new InvalidInputException(neither);
    }
    return new DiffReport(base.label(), current.label(), tolerance, ModelChanges.of(base, current), diffs,
        Version.current());
  }

  private record Loaded(Scenario scenario, List<Problem> problems) {}

  private static Loaded load(RuleSide side, Path file) {
    try {
      return new Loaded(new ScenarioLoader(side.rules().vocabulary()).load(file), List.of());
    } catch (InvalidInputException e) {
      return new Loaded(null, e.problems());
    }
  }

  private static Projection run(RuleSide side, Simulator simulator, Scenario scenario) {
    try {
      return simulator.run(scenario);
    } catch (RuleFailureException e) {
      throw new RuleFailureException(side.name() + " rules (" + side.label() + "): " + e.getMessage(), e.getCause());
    }
  }
}

package dev.stratsim.suite;

import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.Kind;
import dev.stratsim.expect.sample.Statistics;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.Expectation;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.scenario.SimulatedExpectations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code expect_simulated:} checks. One Monte Carlo run per scenario draws every value its
 * checks summarise (the argument of each {@code P(...)}, percentile and {@code mean(...)}); each
 * check is then evaluated over those samples.
 */
final class SimulatedStep implements CheckStep {
  static final String KIND = "expect_simulated";

  private final Simulation simulation;
  private final int threads;

  /** @param threads worker threads for the samples; the results do not depend on it */
  SimulatedStep(Simulator simulator, int threads) {
    this.simulation = new Simulation(simulator);
    this.threads = threads;
  }

  @Override
  public List<CaseResult> check(ScenarioTemplate template, Projection projection) {
    SimulatedExpectations expected = projection.scenario().simulated();
    if (expected.isEmpty()) {
      return List.of();
    }
    // The loader has parsed and vetted every check, so this cannot fail.
    List<Expr> checks = expected.checks().stream().map(e -> Statistics.parse(e.text())).toList();
    Set<Expr> arguments = new LinkedHashSet<>();
    checks.forEach(c -> arguments.addAll(Statistics.arguments(c)));
    List<Metric> metrics = arguments.stream().map(SimulatedStep::metric).toList();
    SampleSummaries samples = new SampleSummaries(simulate(template, expected, checks, metrics));
    List<CaseResult> results = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      results.add(evaluate(expected.checks().get(i), checks.get(i), samples, drawn(expected)));
    }
    return results;
  }

  static Metric metric(Expr argument) {
    return new Metric(argument.toString(), argument);
  }

  private SimulationResult simulate(ScenarioTemplate template, SimulatedExpectations expected, List<Expr> checks,
      List<Metric> metrics) {
    try {
      return simulation.run(template, metrics, new Simulation.Settings(expected.samples(), expected.seed(), threads));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> locate(p, expected.checks(), checks)).toList());
    }
  }

  /**
   * A value that cannot be read in some sample (a division by zero, say) is reported at the check
   * that reads it; the simulation names it as the metric it was given.
   */
  private static Problem locate(Problem problem, List<Expectation> written, List<Expr> checks) {
    if (problem.file() != null) {
      return problem;
    }
    for (int i = 0; i < checks.size(); i++) {
      for (Expr argument : Statistics.arguments(checks.get(i))) {
        String prefix = "--metric '" + UserText.quote(argument.toString()) + "': ";
        if (problem.message().startsWith(prefix)) {
          Expectation at = written.get(i);
          return Problem.at(at.file(), at.line(), at.column(), "expect_simulated.checks[" + i + "] (\"" + at.text()
              + "\"): " + problem.message().substring(prefix.length())
              + (argument.kind() == Kind.BOOLEAN ? "; make every sample readable, e.g. guard a division with 'and'"
                  : "; make every sample readable: keep the divisor away from 0 in every draw, or divide inside"
                      + " P(...) behind an 'and' guard"));
        }
      }
    }
    return problem;
  }

  /** {@code (2000 samples, seed 7)}: what a reader needs to draw the same samples again. */
  private static String drawn(SimulatedExpectations expected) {
    return " (" + expected.samples() + (expected.samples() == 1 ? " sample" : " samples") + ", seed "
        + expected.seed() + ")";
  }

  private static CaseResult evaluate(Expectation written, Expr check, SampleSummaries samples, String drawn) {
    try {
      Evaluation evaluation = Evaluator.evaluate(check, samples);
      return new CaseResult(KIND, written, evaluation.holds() ? CaseResult.Status.PASSED : CaseResult.Status.FAILED,
          evaluation.describe(check) + drawn);
    } catch (EvaluationException e) {
      return new CaseResult(KIND, written, CaseResult.Status.FAILED, check + ": " + e.getMessage() + drawn);
    }
  }
}

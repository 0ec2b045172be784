package dev.stratsim.suite;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.output.Version;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Runs a suite of scenarios through one rule set and checks what each scenario expects. */
public final class CheckSuite {
  private CheckSuite() {}

  /**
   * @param showCoverage whether reports show the coverage table
   * @param minCoverage the share of rules that must fire somewhere in the suite, if any
   * @param threads worker threads for the samples of {@code expect_simulated:}; the results do
   *     not depend on it
   */
  public static CheckReport run(RuleSet rules, List<ScenarioTemplate> scenarios, boolean showCoverage,
      OptionalDouble minCoverage, int threads) {
    return run(rules, scenarios, showCoverage, minCoverage, FollowedShare.DEFAULT_MINIMUM, threads);
  }

  /**
   * @param minFollowed the share of the suite's {@code followed:} entries that must hold
   */
  public static CheckReport run(RuleSet rules, List<ScenarioTemplate> scenarios, boolean showCoverage,
      OptionalDouble minCoverage, double minFollowed, int threads) {
    return run(rules, scenarios, showCoverage, minCoverage, minFollowed, OptionalDouble.empty(), threads,
        Simulator.DEFAULT_YEAR_TIMEOUT);
  }

  /**
   * @param minHeld the share of all {@code expect:} and {@code followed:} entries that must hold
   * @param yearTimeout how long one year of one run may take before its rules are stopped
   */
  public static CheckReport run(RuleSet rules, List<ScenarioTemplate> scenarios, boolean showCoverage,
      OptionalDouble minCoverage, double minFollowed, OptionalDouble minHeld, int threads,
      java.time.Duration yearTimeout) {
    Simulator simulator = new Simulator(rules, yearTimeout);
    List<CheckStep> steps = List.of(new ExpectStep(), new SimulatedStep(simulator, threads));
    List<ScenarioResult> results = new ArrayList<>();
    List<Projection> projections = new ArrayList<>();
    for (ScenarioTemplate template : scenarios) {
      // Coverage counts this central run only, so the gate does not depend on how many samples
      // a scenario's statistical checks draw.
      Projection projection = simulator.run(template.central());
      projections.add(projection);
      List<CaseResult> cases = new ArrayList<>();
      steps.forEach(step -> cases.addAll(step.check(template, projection)));
      results.add(new ScenarioResult(template.central(), projection.rulesSha256(), cases,
          FollowedStep.check(projection)));
    }
    return new CheckReport(results, Coverage.of(rules.rules(), projections), showCoverage, minCoverage,
        FollowedShare.of(results, minFollowed), Version.current(), HeldShare.of(results, minHeld));
  }
}

package dev.stratsim.ci;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.report.Version;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Runs a suite of scenarios through one rule set and checks what each scenario expects. */
public final class CheckSuite {
  private CheckSuite() {}

  /**
   * @param showCoverage whether reports show the coverage table
   * @param minCoverage the share of rules that must fire somewhere in the suite, if any
   */
  public static CheckReport run(RuleSet rules, List<Scenario> scenarios, boolean showCoverage,
      OptionalDouble minCoverage) {
    Simulator simulator = new Simulator(rules);
    List<CheckStep> steps = List.of(new ExpectStep(), new SimulatedStep());
    List<ScenarioResult> results = new ArrayList<>();
    List<Projection> projections = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Projection projection = simulator.run(scenario);
      projections.add(projection);
      List<CaseResult> cases = new ArrayList<>();
      steps.forEach(step -> cases.addAll(step.check(projection)));
      results.add(new ScenarioResult(scenario, projection.rulesSha256(), cases));
    }
    return new CheckReport(results, Coverage.of(rules.rules(), projections), showCoverage, minCoverage,
        Version.current());
  }
}

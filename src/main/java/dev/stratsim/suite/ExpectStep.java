package dev.stratsim.suite;

import dev.stratsim.engine.Projection;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.List;

/** The {@code expect:} entries, checked against the scenario's deterministic run. */
final class ExpectStep implements CheckStep {
  static final String KIND = "expect";

  @Override
  public List<CaseResult> check(ScenarioTemplate template, Projection projection) {
    return Expectations.check(projection).stream()
        .map(o -> new CaseResult(KIND, o.expectation(),
            o.holds() ? CaseResult.Status.PASSED : CaseResult.Status.FAILED, o.detail()))
        .toList();
  }
}

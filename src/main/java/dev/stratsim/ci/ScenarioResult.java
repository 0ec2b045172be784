package dev.stratsim.ci;

import dev.stratsim.scenario.Scenario;
import java.util.List;

/** Every check of one scenario file, in the order the file writes them. */
public record ScenarioResult(Scenario scenario, String rulesSha256, List<CaseResult> cases) {

  public ScenarioResult {
    cases = List.copyOf(cases);
  }

  public long count(CaseResult.Status status) {
    return cases.stream().filter(c -> c.status() == status).count();
  }
}

package dev.stratsim.suite;

import dev.stratsim.scenario.Scenario;
import java.util.List;

/**
 * Every check of one scenario file, in the order the file writes them.
 *
 * @param cases the checks that must hold: {@code expect:} and {@code expect_simulated:}
 * @param followed the {@code followed:} entries, which are counted instead
 */
public record ScenarioResult(Scenario scenario, String rulesSha256, List<CaseResult> cases,
    List<FollowedResult> followed) {

  public ScenarioResult {
    cases = List.copyOf(cases);
    followed = List.copyOf(followed);
  }

  public long count(CaseResult.Status status) {
    return cases.stream().filter(c -> c.status() == status).count();
  }
}

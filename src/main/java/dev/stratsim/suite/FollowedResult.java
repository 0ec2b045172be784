package dev.stratsim.suite;

import dev.stratsim.scenario.Expectation;

/**
 * One {@code followed:} entry checked against a scenario's projection and, when the scenario has
 * deals, against the same scenario without them.
 *
 * @param held whether it holds on the projection
 * @param heldWithoutDeals whether it holds without the deals; null for a scenario without deals,
 *     whose run without them would be the same
 * @param detail what it saw on the projection ({@code meta.rank@2029 < 3: meta.rank@2029 was 4})
 */
public record FollowedResult(Expectation entry, boolean held, Boolean heldWithoutDeals, String detail) {

  /** It holds, and would not have without the deals: the deals are what the model credits. */
  public boolean onlyWithDeals() {
    return held && Boolean.FALSE.equals(heldWithoutDeals);
  }

  public String location() {
    return CaseResult.location(entry);
  }
}

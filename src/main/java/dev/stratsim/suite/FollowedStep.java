package dev.stratsim.suite;

import dev.stratsim.engine.Projection;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.evaluation.Outcome;
import dev.stratsim.scenario.Expectation;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code followed:} entries: each is checked on the scenario's projection and, when the
 * scenario has deals, on the same scenario without them (run once, for all its entries), to tell
 * what the model credits to the deals. Entries are counted, not required; {@link FollowedShare}
 * judges the suite.
 */
final class FollowedStep {
  static final String KIND = "followed";

  private FollowedStep() {}

  static List<FollowedResult> check(Projection projection) {
    List<Expectation> entries = projection.scenario().followed();
    if (entries.isEmpty()) {
      return List.of();
    }
    List<Outcome> with = Expectations.check(entries, projection);
    List<Outcome> without = projection.scenario().deals().isEmpty() ? null
        : Expectations.check(entries, projection.withoutDeals());
    List<FollowedResult> results = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Outcome outcome = with.get(i);
      results.add(new FollowedResult(entries.get(i), outcome.holds(),
          without == null ? null : without.get(i).holds(), outcome.detail()));
    }
    return List.copyOf(results);
  }
}

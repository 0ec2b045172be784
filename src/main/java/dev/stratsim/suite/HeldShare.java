package dev.stratsim.suite;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The share of the suite's checks that hold, {@code expect:} and {@code followed:} entries
 * together: the figure {@code calibrate} fits and reports, so that {@code check --min-held} can
 * hold a recalibration to it in CI. {@code expect_simulated:} checks are left out, as calibrate
 * leaves them out (they draw samples; it fits the central runs).
 *
 * @param minimum the share that must hold ({@code --min-held}), if any
 */
public record HeldShare(int held, int total, OptionalDouble minimum) {

  static HeldShare of(List<ScenarioResult> scenarios, OptionalDouble minimum) {
    int held = 0;
    int total = 0;
    for (ScenarioResult scenario : scenarios) {
      for (CaseResult c : scenario.cases()) {
        if (c.kind().equals(ExpectStep.KIND)) {
          total++;
          held += c.status() == CaseResult.Status.PASSED ? 1 : 0;
        }
      }
      for (FollowedResult f : scenario.followed()) {
        total++;
        held += f.held() ? 1 : 0;
      }
    }
    return new HeldShare(held, total, minimum);
  }

  public double ratio() {
    return total == 0 ? 1 : (double) held / total;
  }

  /** Whether the share reaches the minimum, exact in fractions; true without one. */
  public boolean meets() {
    return minimum.isEmpty() || held >= Math.ceil(minimum.getAsDouble() * total - 1e-9);
  }

  /**
   * {@code Checks held: 62 of 72 (86%), expect: and followed: together; at least 85% must hold},
   * or {@code ...; below the minimum of 90%}.
   */
  public String summary() {
    String min = BigDecimal.valueOf(minimum.orElse(0) * 100).stripTrailingZeros().toPlainString() + "%";
    FollowedShare exact = new FollowedShare(held, total, null, minimum.orElse(0));
    return "Checks held: " + held + " of " + total + " (" + exact.percent() + "), expect: and followed: together"
        + (meets() ? "; at least " + min + " must hold" : "; below the minimum of " + min);
  }
}

package dev.stratsim.suite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How much of what followed the suite's historical deals the model reproduces: of the {@code
 * followed:} entries of every scenario, how many hold, and how many of those hold only with the
 * deals. The suite fails when the share held is below the minimum.
 *
 * @param onlyWithDeals of the entries of scenarios with deals, how many hold only with them; null
 *     when no entry belongs to a scenario with deals
 * @param minimum the share that must hold ({@code --min-followed})
 */
public record FollowedShare(int held, int total, Integer onlyWithDeals, double minimum) {
  public static final double DEFAULT_MINIMUM = 0.8;

  static FollowedShare of(List<ScenarioResult> scenarios, double minimum) {
    int held = 0;
    int total = 0;
    Integer onlyWithDeals = null;
    for (ScenarioResult scenario : scenarios) {
      for (FollowedResult entry : scenario.followed()) {
        total++;
        held += entry.held() ? 1 : 0;
        if (entry.heldWithoutDeals() != null) {
          onlyWithDeals = (onlyWithDeals == null ? 0 : onlyWithDeals) + (entry.onlyWithDeals() ? 1 : 0);
        }
      }
    }
    return new FollowedShare(held, total, onlyWithDeals, minimum);
  }

  /** Whether any scenario of the suite has {@code followed:} entries; without, there is no share. */
  public boolean any() {
    return total > 0;
  }

  public double ratio() {
    return total == 0 ? 1 : (double) held / total;
  }

  /** Whether the share held reaches the minimum; exact in fractions, so 4 of 5 meets 0.8. */
  public boolean meets() {
    return held >= Math.ceil(minimum * total - 1e-9);
  }

  /**
   * {@code What followed: 31 of 38 held (82%), 19 of them only with the deals; at least 80% must
   * hold}, or {@code ...; below the minimum of 80%} when it fails.
   */
  public String summary() {
    return "What followed: " + held + " of " + total + " held (" + percent() + ")"
        + (onlyWithDeals == null ? "" : ", " + onlyWithDeals + " of them only with the deals")
        + (meets() ? "; at least " + minimumPercent() + " must hold" : "; below the minimum of " + minimumPercent());
  }

  public String minimumPercent() {
    return BigDecimal.valueOf(minimum * 100).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * The share held as a whole percent, with decimals where rounding would misstate how it
   * compares with the minimum: 79.6% below a minimum of 80% reads 79.6%, not 80%.
   */
  public String percent() {
    BigDecimal exact = BigDecimal.valueOf(ratio() * 100);
    BigDecimal min = BigDecimal.valueOf(minimum * 100);
    BigDecimal shown = exact.setScale(0, RoundingMode.HALF_UP);
    for (int scale = 1; scale <= 4 && (shown.compareTo(min) >= 0) != meets(); scale++) {
      shown = exact.setScale(scale, meets() ? RoundingMode.CEILING : RoundingMode.FLOOR);
    }
    return shown.stripTrailingZeros().toPlainString() + "%";
  }
}

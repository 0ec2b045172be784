package dev.stratsim.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for the reasons rules write, the same on every machine. */
public final class Text {
  private Text() {}

  /** {@code 0.49} as {@code 49%}. */
  public static String pct(double share) {
    return num(share * 100) + "%";
  }

  /** Up to one decimal, no trailing zero. */
  public static String num(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }

  /** {@code 14.3e9} as {@code $14.3B}. */
  public static String usd(double value) {
    if (!Double.isFinite(value)) {
      return "$" + value;
    }
    if (Math.abs(value) >= 1e9) {
      return "$" + num(value / 1e9) + "B";
    }
    return "$" + num(value / 1e6) + "M";
  }
}

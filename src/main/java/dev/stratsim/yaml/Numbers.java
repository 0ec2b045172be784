package dev.stratsim.yaml;

import java.math.BigDecimal;

/** Writes numbers in messages the way a person would type them in YAML. */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (Double.isNaN(value)) {
      return ".nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? ".inf" : "-.inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    if (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-6) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

package dev.stratsim.engine;

import dev.stratsim.numbers.Decimals;
import java.math.BigDecimal;

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
    double tenths = value * 10;
    double rounded = Math.rint(tenths);
    // Rules format numbers in every consequence, and BigDecimal is slow. Away from the
    // halfway point between two tenths, rounding the double itself or its decimal form
    // (what BigDecimal.valueOf rounds) gives the same tenth; near it, or for large numbers
    // whose tenths a double cannot hold exactly, BigDecimal decides.
    if (Math.abs(value) >= 1e7 || Math.abs(Math.abs(tenths - rounded) - 0.5) < 1e-6) {
      return Decimals.upTo(value, 1);
    }
    long n = (long) rounded;
    if (n == 0) {
      return "0";
    }
    long whole = Math.abs(n) / 10;
    long tenth = Math.abs(n) % 10;
    return (n < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
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

package dev.stratsim.output;

import dev.stratsim.model.Unit;
import dev.stratsim.numbers.Decimals;
import java.math.BigDecimal;

/** How numbers look in outputs: fixed rounding, no locale, so outputs are byte-identical. */
public final class Numbers {
  private Numbers() {}

  /** One decimal, always shown: {@code 71.0}. */
  public static String fixed1(double value) {
    return round(value, 1).toPlainString();
  }

  /** A change with its sign: {@code +1.2}, {@code -0.4}, {@code 0.0}. */
  public static String signed1(double delta) {
    BigDecimal rounded = round(delta, 1);
    return rounded.signum() > 0 ? "+" + rounded.toPlainString() : rounded.abs().signum() == 0 ? "0.0" : rounded.toPlainString();
  }

  /**
   * The change between two numbers shown side by side to one decimal, taken from what is shown
   * ({@code 70.0 -> 79.7 (+9.7)}, not the exact +9.63), so that the line adds up for its reader.
   */
  public static String changeAsShown(double from, double to) {
    return signed1(round(to, 1).subtract(round(from, 1)).doubleValue());
  }

  /** How far apart two numbers shown to one decimal are, as shown: {@code 0.9} for 80.1 and 79.2. */
  public static String distanceAsShown(double a, double b) {
    return round(a, 1).subtract(round(b, 1)).abs().toPlainString();
  }

  /**
   * The difference between two values of a metric as {@link #metric} shows them, written as
   * {@link #metricChange} writes a change: for every unit, so that {@code from} shown plus the
   * difference is {@code to} shown ({@code $900.0M} and {@code +$300.0M} make {@code $1.2B}).
   */
  public static String differenceAsShown(Unit unit, double from, double to) {
    return switch (unit) {
      case POINTS -> changeAsShown(from, to);
      case USD -> metricChange(unit, usdShown(to).subtract(usdShown(from)).doubleValue());
      case SHARE -> signed1(round(to * 100, 1).subtract(round(from * 100, 1)).doubleValue()) + " pts";
      case COUNT, LEVEL -> metricChange(unit, round(to, 0).subtract(round(from, 0)).doubleValue());
    };
  }

  /** The dollars {@link #usd} shows: to a tenth of a billion, or of a million below a billion. */
  private static BigDecimal usdShown(double value) {
    return Math.abs(value) >= 1e9 ? round(value / 1e9, 1).scaleByPowerOfTen(9)
        : round(value / 1e6, 1).scaleByPowerOfTen(6);
  }

  /** A number for JSON: at most four decimals, no exponent, no trailing zeros. */
  public static BigDecimal json(double value) {
    BigDecimal rounded = round(value, 4).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /**
   * A metric's value for people, as its unit says: points to one decimal ({@code 71.0}), dollars
   * as $B or $M, shares as a percentage, counts and levels as whole numbers.
   */
  public static String metric(Unit unit, double value) {
    return switch (unit) {
      case POINTS -> fixed1(value);
      case USD -> usd(value);
      case SHARE -> round(value * 100, 1).toPlainString() + "%";
      case COUNT, LEVEL -> round(value, 0).toPlainString();
    };
  }

  /** A change of a metric, as its unit says: {@code +1.2}, {@code -$3.1B}, {@code +2.5 pts}, {@code -3}. */
  public static String metricChange(Unit unit, double delta) {
    return switch (unit) {
      case POINTS -> signed1(delta);
      case USD -> {
        String size = usd(Math.abs(delta));
        yield size.equals("$0.0M") ? "0" : (delta >= 0 ? "+" : "-") + size;
      }
      case SHARE -> signed1(delta * 100) + " pts";
      case COUNT, LEVEL -> {
        long whole = Math.round(delta);
        yield whole > 0 ? "+" + whole : String.valueOf(whole);
      }
    };
  }

  /**
   * A number exactly, for a file other tools read: whole numbers (a rank, a count) without a
   * {@code .0}, others with every digit a double has.
   */
  public static String exact(double value) {
    return Decimals.exact(value);
  }

  public static String usd(double value) {
    if (Math.abs(value) >= 1e9) {
      return "$" + round(value / 1e9, 1).toPlainString() + "B";
    }
    return "$" + round(value / 1e6, 1).toPlainString() + "M";
  }

  private static BigDecimal round(double value, int scale) {
    return Decimals.round(value, scale);
  }
}

package dev.stratsim.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How stratsim rounds and writes a number, the one vocabulary every format builds on: a double is
 * taken at its shortest decimal form ({@code 0.125}, not the binary value just below it), rounded
 * half to even, and written without a locale or an exponent, so that every output is the same on
 * every machine and two outputs never show one number two ways. The formats of each output
 * ({@code report.Numbers} for {@code run}, the expression language's, the what-if tables, the
 * reasons rules write) choose how many places; this class decides how.
 */
public final class Decimals {
  /** Half to even: {@code 0.125} to two places is {@code 0.12}, {@code 0.135} is {@code 0.14}. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private Decimals() {}

  /** {@code value} rounded to {@code places} decimals. */
  public static BigDecimal round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, ROUNDING);
  }

  /** {@code value} rounded to {@code digits} significant digits. */
  public static BigDecimal significant(double value, int digits) {
    return BigDecimal.valueOf(value).round(new MathContext(digits, ROUNDING));
  }

  /** Exactly {@code places} decimals, all shown: {@code fixed(71, 1)} is {@code 71.0}. */
  public static String fixed(double value, int places) {
    return round(value, places).toPlainString();
  }

  /** At most {@code places} decimals, no trailing zeros: {@code upTo(61.20, 2)} is {@code 61.2}. */
  public static String upTo(double value, int places) {
    String text = round(value, places).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /**
   * Every digit the double has, for a file other tools read: whole numbers (a rank, a count)
   * without a {@code .0}.
   */
  public static String exact(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : BigDecimal.valueOf(value).toPlainString();
  }
}

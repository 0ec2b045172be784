package dev.stratsim.expect;

import dev.stratsim.numbers.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The two ways numbers are written: exactly, as source, and briefly, for people, rounded as
 * {@link Decimals} rounds every output's numbers (half to even).
 */
final class Numbers {
  // Past this many characters plain notation (1e300 as 301 digits) stops being readable.
  private static final int PLAIN_AT_MOST = 24;

  private Numbers() {}

  /**
   * The shortest exact decimal for a literal: {@code 2}, {@code 0.5}, {@code 70000000000}; very
   * large or small values as {@code 1E+300}, which the lexer reads back.
   */
  static String source(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    String plain = exact.toPlainString();
    return plain.length() <= PLAIN_AT_MOST ? plain : exact.toString();
  }

  /**
   * At most two decimals and no trailing zeros: {@code 3}, {@code 61.2}, {@code 0.33}; huge values
   * to three digits, {@code 1.23E+30}.
   */
  static String brief(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = Decimals.round(value, 2).stripTrailingZeros();
    String text = rounded.toPlainString();
    if (text.length() > PLAIN_AT_MOST) {
      return rounded.round(new MathContext(3, Decimals.ROUNDING)).stripTrailingZeros().toString();
    }
    return text.equals("-0") ? "0" : text;
  }

  /** Up to six decimals, no trailing zeros: where two would hide a difference that matters. */
  static String precise(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = Decimals.round(value, 6).stripTrailingZeros();
    String text = rounded.toPlainString();
    return text.length() > PLAIN_AT_MOST ? brief(value) : text.equals("-0") ? "0" : text;
  }

  /** A value as an {@link Observation} shows it. */
  static String brief(Object value) {
    return value instanceof Double d ? brief(d.doubleValue()) : String.valueOf(value);
  }
}

package dev.stratsim.calibrate;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/** A way of writing a calibration to the terminal; chosen with {@code --format}. */
public sealed interface CalibrationFormat permits CalibrationText, CalibrationJson, CalibrationMarkdown {

  void write(CalibrationResult result, PrintWriter out);

  /** The format for a {@code --format} value: table, json or markdown. */
  static CalibrationFormat named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "table" -> new CalibrationText();
      case "json" -> new CalibrationJson();
      case "markdown" -> new CalibrationMarkdown();
      default -> throw new IllegalArgumentException("unknown format " + name);
    };
  }

  /** {@code 62 of 72 (86%)}. */
  static String held(int held, int total) {
    return held + " of " + total + " (" + percent(total == 0 ? 1 : (double) held / total) + ")";
  }

  /** A whole percent, as check prints it. */
  static String percent(double ratio) {
    return new BigDecimal(ratio * 100).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A number as a person writes it: no exponent, no trailing zeros. */
  static String num(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** A credit in checks to two decimals. */
  static String drop(double checks) {
    return String.format(Locale.ROOT, "%.2f", checks);
  }

  /** A score to three decimals. */
  static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}

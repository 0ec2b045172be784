package dev.stratsim.output.calibrate;

import dev.stratsim.analysis.calibrate.CalibrationResult;
import dev.stratsim.numbers.Decimals;
import dev.stratsim.output.Formats;
import java.io.PrintWriter;
import java.math.BigDecimal;

/** A way of writing a calibration to the terminal; chosen with {@code --format}. */
public sealed interface CalibrationFormat permits CalibrationText, CalibrationJson, CalibrationMarkdown {

  void write(CalibrationResult result, PrintWriter out);

  /** The format for a {@code --format} value: table, json or markdown. */
  static CalibrationFormat named(String name) {
    return Formats.named(name, CalibrationText::new, CalibrationJson::new, CalibrationMarkdown::new);
  }

  /** {@code 62 of 72 (86%)}. */
  static String held(int held, int total) {
    return held + " of " + total + " (" + percent(total == 0 ? 1 : (double) held / total) + ")";
  }

  /** A whole percent, as check prints it. */
  static String percent(double ratio) {
    return new BigDecimal(ratio * 100).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A number as a person writes it: every digit the double has, no exponent, no trailing zeros. */
  static String num(double value) {
    return Decimals.exact(value);
  }

  /** A credit in checks to two decimals, rounded half to even as every output rounds. */
  static String drop(double checks) {
    return Decimals.fixed(checks, 2);
  }

  /** A score to three decimals, rounded half to even as every output rounds. */
  static String score(double value) {
    return Decimals.fixed(value, 3);
  }
}

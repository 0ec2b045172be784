package dev.stratsim.suite;

import dev.stratsim.output.Formats;
import java.io.PrintWriter;

/** A way of writing a check report to the terminal; chosen with {@code --format}. */
public sealed interface CheckFormat permits CheckText, CheckJson, CheckMarkdown {

  void write(CheckReport report, PrintWriter out);

  /** The format for a {@code --format} value: table, json or markdown. */
  static CheckFormat named(String name) {
    return Formats.named(name, CheckText::new, CheckJson::new, CheckMarkdown::new);
  }

  /** {@code 83.3%}. */
  static String percent(double ratio) {
    return dev.stratsim.output.Numbers.fixed1(ratio * 100) + "%";
  }
}

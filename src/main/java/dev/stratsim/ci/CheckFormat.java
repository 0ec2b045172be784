package dev.stratsim.ci;

import java.io.PrintWriter;
import java.util.Locale;

/** A way of writing a check report to the terminal; chosen with {@code --format}. */
public sealed interface CheckFormat permits CheckText, CheckJson, CheckMarkdown {

  void write(CheckReport report, PrintWriter out);

  /** The format for a {@code --format} value: table, json or markdown. */
  static CheckFormat named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "table" -> new CheckText();
      case "json" -> new CheckJson();
      case "markdown" -> new CheckMarkdown();
      default -> throw new IllegalArgumentException("unknown format " + name);
    };
  }

  /** {@code 83.3%}. */
  static String percent(double ratio) {
    return dev.stratsim.report.Numbers.fixed1(ratio * 100) + "%";
  }
}

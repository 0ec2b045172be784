package dev.stratsim.diff;

import java.io.PrintWriter;
import java.util.Locale;

/** A way of writing a diff report; chosen with {@code --format}. */
public sealed interface DiffFormat permits DiffText, DiffMarkdown, DiffJson {

  void write(DiffReport report, PrintWriter out);

  /** The format for a {@code --format} value: table, markdown or json. */
  static DiffFormat named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "table" -> new DiffText();
      case "markdown" -> new DiffMarkdown();
      case "json" -> new DiffJson();
      default -> throw new IllegalArgumentException("unknown format " + name);
    };
  }
}

package dev.stratsim.output.diff;

import dev.stratsim.analysis.diff.DiffReport;
import dev.stratsim.output.Formats;
import java.io.PrintWriter;

/** A way of writing a diff report; chosen with {@code --format}. */
public sealed interface DiffFormat permits DiffText, DiffMarkdown, DiffJson {

  void write(DiffReport report, PrintWriter out);

  /** The format for a {@code --format} value: table, markdown or json. */
  static DiffFormat named(String name) {
    return Formats.named(name, DiffText::new, DiffJson::new, DiffMarkdown::new);
  }
}

package dev.stratsim.output.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.output.Formats;
import java.io.PrintWriter;
import java.util.List;

/** A way of writing projections out; chosen with {@code --format}. */
public sealed interface ProjectionFormat permits TableFormat, JsonFormat, MarkdownFormat {

  void write(List<Projection> projections, RunOptions options, PrintWriter out);

  /** The format for a {@code --format} value: table, json or markdown. */
  static ProjectionFormat named(String name) {
    return Formats.named(name, TableFormat::new, JsonFormat::new, MarkdownFormat::new);
  }
}

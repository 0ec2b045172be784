package dev.stratsim.output.compare;

import dev.stratsim.analysis.compare.Comparison;
import java.io.PrintWriter;

/** The text table for a terminal, GitHub Markdown or CSV. */
final class CompareText implements CompareFormat {
  private final String format;

  CompareText(String format) {
    this.format = format;
  }

  @Override
  public void write(Comparison c, PrintWriter out) {
    String heading = c.projections().size() + " scenarios in " + c.year()
        + ", differences to " + c.baseline().scenario().id() + " in brackets";
    switch (format) {
      case "csv" -> CompareFormat.csv(c).csv(out);
      case "markdown" -> {
        out.println("## Compared: " + heading);
        out.println();
        CompareFormat.readable(c).markdown(out);
      }
      default -> {
        out.println("Compared: " + heading);
        out.println();
        CompareFormat.readable(c).table(out, "  ");
      }
    }
    out.flush();
  }
}

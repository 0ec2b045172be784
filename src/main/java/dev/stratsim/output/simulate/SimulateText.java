package dev.stratsim.output.simulate;

import dev.stratsim.analysis.simulate.Report;
import dev.stratsim.output.Sheet;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;

/** The text table for a terminal, or the same as GitHub Markdown. */
final class SimulateText implements SimulateFormat {
  private final boolean markdown;

  SimulateText(boolean markdown) {
    this.markdown = markdown;
  }

  @Override
  public void write(Report report, PrintWriter out) {
    var scenario = report.scenario();
    if (markdown) {
      out.println("## " + UserText.escape(scenario.title()) + " (`" + scenario.id() + "`)");
      out.println();
      out.println("Monte Carlo: " + SimulateFormat.heading(report) + ".");
    } else {
      out.println(scenario.id() + ": " + UserText.escape(scenario.title()));
      out.println("Monte Carlo: " + SimulateFormat.heading(report));
    }
    out.println();
    section(out, null, SimulateFormat.actors(report));
    section(out, null, SimulateFormat.numbers(report));
    section(out, null, SimulateFormat.checks(report));
    section(out, "Uncertain inputs (run, compare and sweep use the central value)",
        SimulateFormat.inputs(report));
    section(out, "Correlated inputs", SimulateFormat.correlations(report));
    out.flush();
  }

  private void section(PrintWriter out, String title, Sheet sheet) {
    if (sheet.isEmpty()) {
      return;
    }
    if (title != null) {
      out.println(markdown ? "**" + title + "**" : title);
      if (markdown) {
        out.println();
      }
    }
    if (markdown) {
      sheet.markdown(out);
    } else {
      sheet.table(out, "  ");
    }
    out.println();
  }
}

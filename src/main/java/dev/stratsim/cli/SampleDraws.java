package dev.stratsim.cli;

import dev.stratsim.analysis.sensitivity.Tornado;
import dev.stratsim.briefing.model.InputLabels;
import dev.stratsim.output.TextTable;
import dev.stratsim.scenario.Edit;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioTemplate;
import java.io.PrintWriter;
import java.util.List;

/**
 * What a replayed Monte Carlo sample drew, input by input, named as the report names it. A sample
 * rerun with {@code run --seed S --sample I} (often from simulate's message about a failed rule)
 * is only read right when one knows which outcome and which values it stands for. On stderr, so
 * the table, JSON or Markdown on stdout stays that of any run.
 */
final class SampleDraws {
  private SampleDraws() {}

  static void write(ScenarioTemplate template, long seed, long index, PrintWriter err) {
    Scenario central = template.central();
    if (template.inputs().isEmpty()) {
      err.println(ErrorHandler.line("", central.id() + ": has no distributions, so sample " + index
          + " is the scenario as written"));
      err.flush();
      return;
    }
    err.println(ErrorHandler.line("", central.id() + ": sample " + index + " (seed " + seed + ") drew"));
    TextTable table = new TextTable();
    List<Edit> draws = template.draws(seed, index);
    for (Edit draw : draws) {
      String label = InputLabels.of(draw.path(), central,
          id -> central.actors().containsKey(id) ? central.actors().get(id).name() : id);
      table.row(List.of(label, InputLabels.value(draw.path(), Tornado.label(draw.value())), draw.path()));
    }
    table.print(err, "  ", 3);
    err.flush();
  }
}

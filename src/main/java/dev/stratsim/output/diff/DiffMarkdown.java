package dev.stratsim.output.diff;

import dev.stratsim.analysis.diff.ActorDiff;
import dev.stratsim.analysis.diff.DiffReport;
import dev.stratsim.analysis.diff.ModelChanges;
import dev.stratsim.analysis.diff.Move;
import dev.stratsim.analysis.diff.RuleChange;
import dev.stratsim.analysis.diff.SampledDiff;
import dev.stratsim.analysis.diff.ScenarioDiff;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code diff --format markdown}: a compact table for a pull-request comment or a CI job summary,
 * one row per scenario and actor that moved.
 */
final class DiffMarkdown implements DiffFormat {
  private static final String ARROW = "→";

  @Override
  public void write(DiffReport report, PrintWriter out) {
    out.println("## stratsim diff: `" + report.baseLabel() + "` " + ARROW + " `" + report.currentLabel() + "`");
    out.println();
    out.println(report.summary() + "; changes smaller than " + Shown.knob(report.tolerance())
        + " points are left out" + report.sampling().map(s -> "; scenarios with distributions are also compared on "
        + Shown.sampling(s) + ", the same draws on both sides").orElse("") + ".");
    out.println();
    writeModel(report.model(), out);
    List<ScenarioDiff.Compared> changed = report.compared().stream().filter(ScenarioDiff::changed).toList();
    if (changed.stream().anyMatch(s -> !s.actors().isEmpty())) {
      row(out, List.of("Scenario", "Actor", "Rank", "Index", "Other changes"));
      row(out, List.of("---", "---", "---", "---", "---"));
      for (ScenarioDiff.Compared s : changed) {
        for (ActorDiff actor : s.actors()) {
          row(out, List.of("`" + s.id() + "`", escape(actor.name()), cell(s, actor, Move.Kind.RANK),
              cell(s, actor, Move.Kind.INDEX), others(s, actor)));
        }
      }
      out.println();
    }
    writeSampled(changed, out);
    List<String> rules = new ArrayList<>();
    List<String> expectations = new ArrayList<>();
    for (ScenarioDiff.Compared s : changed) {
      for (RuleChange.Kind kind : RuleChange.Kind.values()) {
        List<String> names = s.rules().stream().filter(r -> r.kind() == kind).map(r -> escape(r.rule())).toList();
        if (!names.isEmpty()) {
          rules.add("- `" + s.id() + "` " + Shown.kind(kind) + ": " + String.join("; ", names));
        }
      }
      s.expectations().forEach(e -> expectations.add("- `" + s.id() + "` " + (e.currentHolds() ? "now holds" : "**now fails**")
          + ": `" + e.currentDetail() + "`"));
    }
    section(out, "Rules firing differently", rules);
    section(out, "Expectations that changed", expectations);
    section(out, "On one side only", report.oneSided().stream()
        .map(o -> "- `" + o.file() + "` loads on the " + o.loadsOn() + " rules only: "
            + escape(o.problems().get(0).message()))
        .toList());
    List<String> unchanged = report.compared().stream().filter(s -> !s.changed()).map(s -> "`" + s.id() + "`").toList();
    if (!unchanged.isEmpty()) {
      out.println("Unchanged: " + String.join(", ", unchanged) + ".");
      out.println();
    }
    out.flush();
  }

  private static void writeSampled(List<ScenarioDiff.Compared> changed, PrintWriter out) {
    List<ScenarioDiff.Compared> sampled = changed.stream()
        .filter(s -> s.sampled().filter(x -> !x.actors().isEmpty()).isPresent()).toList();
    if (sampled.isEmpty()) {
      return;
    }
    row(out, List.of("Scenario", "Actor", "Mean index over the samples", "Share of samples per rank",
        "Samples with another rank"));
    row(out, List.of("---", "---", "---", "---", "---:"));
    for (ScenarioDiff.Compared s : sampled) {
      SampledDiff diff = s.sampled().orElseThrow();
      for (SampledDiff.Actor actor : diff.actors()) {
        row(out, List.of("`" + s.id() + "`", escape(actor.name()),
            Shown.meanIndex(actor, ARROW).substring("mean index ".length()),
            actor.changedRanks().stream().map(r -> Shown.rankShare(r, ARROW)).collect(Collectors.joining("<br>")),
            actor.rankChanged() + " of " + diff.samples()));
      }
    }
    out.println();
  }

  private static void writeModel(ModelChanges model, PrintWriter out) {
    List<String> lines = new ArrayList<>();
    for (ModelChanges.Edit edit : ModelChanges.Edit.values()) {
      List<String> names = model.rules().stream().filter(r -> r.edit() == edit)
          .map(r -> escape(r.rule()) + " (`" + r.file() + ":" + r.line() + "`)").toList();
      if (!names.isEmpty()) {
        lines.add("- rules " + edit.name().toLowerCase() + ": " + String.join("; ", names));
      }
    }
    if (!model.knobs().isEmpty()) {
      lines.add("- knobs: " + model.knobs().stream()
          .map(k -> "`" + k.knob() + "` " + Shown.knob(k.base()) + " " + ARROW + " " + Shown.knob(k.current()))
          .collect(Collectors.joining(", ")));
    }
    if (!model.metricsAdded().isEmpty()) {
      lines.add("- metrics added: " + String.join(", ", model.metricsAdded()));
    }
    if (!model.metricsRemoved().isEmpty()) {
      lines.add("- metrics removed: " + String.join(", ", model.metricsRemoved()));
    }
    section(out, "Model changes", lines);
  }

  private static String cell(ScenarioDiff.Compared s, ActorDiff actor, Move.Kind kind) {
    return actor.moves().stream().filter(m -> m.kind() == kind).findFirst()
        .map(m -> Shown.move(m, s.lastYear(), ARROW).substring(m.measure().length() + 1)).orElse("");
  }

  private static String others(ScenarioDiff.Compared s, ActorDiff actor) {
    return actor.moves().stream().filter(m -> m.kind() != Move.Kind.RANK && m.kind() != Move.Kind.INDEX)
        .map(m -> escape(Shown.move(m, s.lastYear(), ARROW))).collect(Collectors.joining("<br>"));
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println("**" + title + "**");
    out.println();
    lines.forEach(out::println);
    out.println();
  }

  private static void row(PrintWriter out, List<String> cells) {
    out.println("| " + String.join(" | ", cells) + " |");
  }

  private static String escape(String text) {
    return UserText.escape(text).replace("|", "\\|").replace("$", "\\$").replace("*", "\\*").replace("_", "\\_");
  }
}

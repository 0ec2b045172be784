package dev.stratsim.output.diff;

import dev.stratsim.analysis.diff.ActorDiff;
import dev.stratsim.analysis.diff.DiffReport;
import dev.stratsim.analysis.diff.ExpectationChange;
import dev.stratsim.analysis.diff.ModelChanges;
import dev.stratsim.analysis.diff.RuleChange;
import dev.stratsim.analysis.diff.SampledDiff;
import dev.stratsim.analysis.diff.ScenarioDiff;
import dev.stratsim.output.Colours;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The terminal report of {@code diff}: the model's edits, then what moved in each scenario. */
final class DiffText implements DiffFormat {
  private static final String ARROW = "->";

  @Override
  public void write(DiffReport report, PrintWriter out) {
    out.println("diff: base " + report.baseLabel() + ", current " + report.currentLabel() + "; tolerance "
        + Shown.knob(report.tolerance()) + report.sampling().map(s -> "; " + Shown.sampling(s)).orElse(""));
    out.println();
    writeModel(report.model(), out);
    for (ScenarioDiff scenario : report.scenarios()) {
      if (scenario instanceof ScenarioDiff.Compared compared) {
        writeCompared(compared, out);
      } else if (scenario instanceof ScenarioDiff.OneSided oneSided) {
        out.println(UserText.escape(oneSided.file() + ": loads on the " + oneSided.loadsOn() + " rules only: "
            + oneSided.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
      }
    }
    out.println();
    out.println(report.summary());
    out.flush();
  }

  private static void writeModel(ModelChanges model, PrintWriter out) {
    if (model.isEmpty()) {
      out.println("Model: no rule, knob or metric changed");
      out.println();
      return;
    }
    out.println("Model");
    for (ModelChanges.RuleEdit edit : model.rules()) {
      out.println("  rule " + edit.edit().name().toLowerCase() + "  \"" + edit.rule() + "\" (" + edit.file() + ":"
          + edit.line() + ")");
    }
    for (ModelChanges.KnobChange knob : model.knobs()) {
      out.println("  knob  " + knob.knob() + " " + Shown.knob(knob.base()) + " " + ARROW + " " + Shown.knob(knob.current()));
    }
    model.metricsAdded().forEach(m -> out.println("  metric added  " + m));
    model.metricsRemoved().forEach(m -> out.println("  metric removed  " + m));
    out.println();
  }

  private static void writeCompared(ScenarioDiff.Compared s, PrintWriter out) {
    if (!s.changed()) {
      out.println(s.id() + " (" + UserText.escape(s.file().toString()) + "): no change");
      return;
    }
    out.println(s.id() + " (" + UserText.escape(s.file().toString()) + ")");
    int width = s.actors().stream().mapToInt(a -> UserText.escape(a.name()).length()).max().orElse(0);
    for (ActorDiff actor : s.actors()) {
      String name = UserText.escape(actor.name());
      out.println("  " + name + " ".repeat(width - name.length()) + "  "
          + actor.moves().stream().map(m -> Shown.move(m, s.lastYear(), ARROW)).collect(Collectors.joining("; ")));
    }
    s.sampled().filter(sampled -> !sampled.actors().isEmpty()).ifPresent(sampled -> writeSampled(sampled, out));
    for (RuleChange.Kind kind : RuleChange.Kind.values()) {
      List<RuleChange> changes = s.rules().stream().filter(r -> r.kind() == kind).toList();
      if (!changes.isEmpty()) {
        out.println("  " + Shown.kind(kind) + ": " + changes.stream()
            .map(r -> "\"" + r.rule() + "\"" + (kind == RuleChange.Kind.DIFFERENT_EFFECT ? " (" + Shown.effects(r, ARROW) + ")" : ""))
            .collect(Collectors.joining("; ")));
      }
    }
    for (ExpectationChange e : s.expectations()) {
      out.println("  expectation " + (e.currentHolds() ? Colours.good(out, "now holds") : Colours.bad(out, "now fails")) + ": "
          + UserText.escape(e.currentDetail()));
    }
  }

  private static void writeSampled(SampledDiff sampled, PrintWriter out) {
    out.println("  over " + sampled.samples() + " samples (seed " + sampled.seed() + "), in " + sampled.year());
    int width = sampled.actors().stream().mapToInt(a -> UserText.escape(a.name()).length()).max().orElse(0);
    for (SampledDiff.Actor actor : sampled.actors()) {
      List<String> parts = new ArrayList<>();
      parts.add(Shown.meanIndex(actor, ARROW));
      if (!actor.changedRanks().isEmpty()) {
        parts.add(actor.changedRanks().stream().map(r -> Shown.rankShare(r, ARROW)).collect(Collectors.joining(", ")));
      }
      if (actor.rankChanged() > 0) {
        parts.add(Shown.rankChanged(actor, sampled.samples()));
      }
      String name = UserText.escape(actor.name());
      out.println("    " + name + " ".repeat(width - name.length()) + "  " + String.join("; ", parts));
    }
  }
}

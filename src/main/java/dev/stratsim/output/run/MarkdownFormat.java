package dev.stratsim.output.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Signal;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.evaluation.Outcome;
import dev.stratsim.output.Numbers;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** GitHub-flavoured Markdown: renders as is in a pull-request comment or a CI job summary. */
final class MarkdownFormat implements ProjectionFormat {

  @Override
  public void write(List<Projection> projections, RunOptions options, PrintWriter out) {
    for (Projection projection : projections) {
      Snapshot snapshot = Snapshot.of(projection, options.yearOf(projection), options.vocabulary());
      writeOne(snapshot, options, out);
    }
    out.flush();
  }

  private void writeOne(Snapshot snapshot, RunOptions options, PrintWriter out) {
    Projection projection = snapshot.projection();
    out.println("## " + escape(projection.scenario().title()) + " (`" + projection.scenario().id() + "`)");
    out.println();
    out.println("Position in " + snapshot.heading() + " in brackets.");
    out.println();
    tables(snapshot, options.pillars(), r -> Snapshot.numbers(r, MarkdownFormat::cell),
        (r, metric) -> Snapshot.value(r, metric, MarkdownFormat::cell), out);
    DealEffect effect = options.nodeal() ? DealEffect.of(snapshot, options.vocabulary()) : null;
    if (effect != null) {
      writeWithoutDeals(effect, options, out);
    }
    List<Signal> signals = projection.signals().stream().filter(s -> s.year() <= snapshot.year()).toList();
    if (!signals.isEmpty()) {
      out.println("**Signals**");
      out.println();
      signals.forEach(s -> out.println("- " + s.year() + ", " + s.actor() + ": " + escape(s.message())));
      out.println();
    }
    List<Outcome> outcomes = Expectations.check(projection);
    if (!outcomes.isEmpty()) {
      long holding = outcomes.stream().filter(Outcome::holds).count();
      out.println("**Expectations:** " + holding + " of " + outcomes.size() + " hold");
      out.println();
      outcomes.forEach(o -> out.println("- " + (o.holds() ? "ok" : "**FAIL**") + " `" + UserText.escape(o.detail()) + "`"));
      out.println();
    }
    if (options.explain()) {
      writeExplanation(Explanation.of(snapshot), effect, out);
    }
  }

  /** The same tables for the scenario without its deals, each cell with the deal effect. */
  private static void writeWithoutDeals(DealEffect effect, RunOptions options, PrintWriter out) {
    Snapshot snapshot = effect.with();
    if (snapshot.projection().scenario().deals().isEmpty()) {
      out.println("**Without its deals:** the same, since the scenario has no deals.");
      out.println();
      return;
    }
    out.println("**Without its deals**, and in brackets the deal effect (without + effect = with the deals):");
    out.println();
    tables(snapshot, options.pillars(), r -> effect.numbers(r, options.pillars(), MarkdownFormat::escape),
        (r, metric) -> escape(effect.cell(r, metric)), out);
  }

  /** The competitors' table and the other actors', each where there are any. */
  private static void tables(Snapshot snapshot, List<String> pillars, Function<Snapshot.Row, List<String>> numbers,
      BiFunction<Snapshot.Row, String, String> other, PrintWriter out) {
    if (!snapshot.competitors().isEmpty()) {
      List<String> header = snapshot.competitorHeader(pillars);
      row(out, header);
      row(out, alignment(header));
      snapshot.competitorRows(MarkdownFormat::escape, numbers).forEach(cells -> row(out, cells));
      out.println();
    }
    if (!snapshot.others().isEmpty()) {
      List<String> header = snapshot.otherHeader();
      row(out, header);
      row(out, header.stream().map(h -> h.equals("Other actor") ? "---" : "---:").toList());
      snapshot.otherRows(MarkdownFormat::escape, other).forEach(cells -> row(out, cells));
      out.println();
    }
  }

  /** @param effect the deal effect to add to each number, or null without {@code --nodeal} */
  private static void writeExplanation(Explanation explanation, DealEffect effect, PrintWriter out) {
    out.println("**Why**");
    out.println();
    row(out, List.of("Actor", "Metric", "Change", "Rule", "Years", "Reason"));
    row(out, List.of("---", "---", "---:", "---", "---", "---"));
    for (Explanation.Item item : explanation.items()) {
      for (Explanation.Line line : item.lines()) {
        row(out, List.of(escape(item.name()), item.metric(), escape(Numbers.metricChange(item.unit(), line.delta())),
            escape(line.rule()), line.years(), escape(line.reason())));
      }
      String dealEffect = effect == null ? "" : effect.explain(item.actor(), item.metric(), item.unit(), item.end());
      if (!dealEffect.isEmpty()) {
        int space = dealEffect.indexOf(' ');
        row(out, List.of(escape(item.name()), item.metric(), escape(dealEffect.substring(0, space)),
            "*deal effect, in all*", "", escape(dealEffect.substring(space + 2, dealEffect.length() - 1))));
      }
    }
    out.println();
  }

  private static void row(PrintWriter out, List<String> cells) {
    out.println("| " + String.join(" | ", cells) + " |");
  }

  private static String cell(Snapshot.Value value) {
    return escape(Numbers.metric(value.unit(), value.now()) + " ("
        + Numbers.differenceAsShown(value.unit(), value.start(), value.now()) + ")");
  }

  private static String escape(String text) {
    return UserText.escape(text).replace("|", "\\|").replace("$", "\\$");
  }

  private static List<String> alignment(List<String> header) {
    return header.stream().map(h -> h.equals("Competitor") || h.equals("Arena") ? "---" : "---:").toList();
  }
}

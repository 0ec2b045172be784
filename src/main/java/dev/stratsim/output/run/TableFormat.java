package dev.stratsim.output.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Signal;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.evaluation.Outcome;
import dev.stratsim.output.Colours;
import dev.stratsim.output.Numbers;
import dev.stratsim.output.TextTable;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The human-readable terminal output of {@code run}. */
final class TableFormat implements ProjectionFormat {

  @Override
  public void write(List<Projection> projections, RunOptions options, PrintWriter out) {
    boolean firstOne = true;
    for (Projection projection : projections) {
      if (!firstOne) {
        out.println();
      }
      firstOne = false;
      Snapshot snapshot = Snapshot.of(projection, options.yearOf(projection), options.vocabulary());
      writeOne(snapshot, options, out);
    }
    out.flush();
  }

  private void writeOne(Snapshot snapshot, RunOptions options, PrintWriter out) {
    Projection projection = snapshot.projection();
    out.println(projection.scenario().id() + ": " + UserText.escape(projection.scenario().title()));
    out.println(snapshot.heading());
    out.println();
    tables(snapshot, options.pillars(), r -> Snapshot.numbers(r, TableFormat::cell),
        (r, metric) -> Snapshot.value(r, metric, TableFormat::cell), out);
    DealEffect effect = options.nodeal() ? DealEffect.of(snapshot, options.vocabulary()) : null;
    if (effect != null) {
      writeWithoutDeals(effect, options, out);
    }
    List<Signal> signals = projection.signals().stream().filter(s -> s.year() <= snapshot.year()).toList();
    if (!signals.isEmpty()) {
      out.println("Signals");
      TextTable table = new TextTable();
      signals.forEach(s -> table.row(List.of(s.year() + "  " + s.actor() + ": " + s.message())));
      table.print(out, "  ");
      out.println();
    }
    List<Outcome> outcomes = Expectations.check(projection);
    if (!outcomes.isEmpty()) {
      long holding = outcomes.stream().filter(Outcome::holds).count();
      out.println("Expectations: " + holding + " of " + outcomes.size() + " hold");
      outcomes.forEach(o -> out.println("  " + (o.holds() ? Colours.good(out, "ok") + "    " : Colours.bad(out, "FAIL") + "  ")
          + UserText.escape(o.detail())));
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
      out.println("Without its deals: the same, since the scenario has no deals");
      out.println();
      return;
    }
    out.println("Without its deals, and in brackets the deal effect (without + effect = with the deals)");
    out.println();
    tables(snapshot, options.pillars(), r -> effect.numbers(r, options.pillars(), UnaryOperator.identity()),
        effect::cell, out);
  }

  /** The competitors' table and the other actors', each where there are any. */
  private static void tables(Snapshot snapshot, List<String> pillars, Function<Snapshot.Row, List<String>> numbers,
      BiFunction<Snapshot.Row, String, String> other, PrintWriter out) {
    if (!snapshot.competitors().isEmpty()) {
      TextTable table = new TextTable();
      table.row(snapshot.competitorHeader(pillars.stream().map(TableFormat::capitalized).toList()));
      snapshot.competitorRows(UnaryOperator.identity(), numbers).forEach(table::row);
      table.print(out, "  ");
      out.println();
    }
    if (!snapshot.others().isEmpty()) {
      TextTable table = new TextTable();
      table.row(snapshot.otherHeader());
      snapshot.otherRows(UnaryOperator.identity(), other).forEach(table::row);
      table.print(out, "  ");
      out.println();
    }
  }

  /** @param effect the deal effect to add to each number, or null without {@code --nodeal} */
  private static void writeExplanation(Explanation explanation, DealEffect effect, PrintWriter out) {
    out.println("Why (effects up to the chosen year, largest first)");
    String actor = null;
    for (Explanation.Item item : explanation.items()) {
      if (!item.actor().equals(actor)) {
        actor = item.actor();
        out.println("  " + UserText.escape(item.name()));
      }
      String dealEffect = effect == null ? "" : effect.explain(item.actor(), item.metric(), item.unit(), item.end());
      out.println("    " + item.metric() + " " + Numbers.metric(item.unit(), item.start()) + " -> "
          + Numbers.metric(item.unit(), item.end()) + (dealEffect.isEmpty() ? "" : "; deal effect " + dealEffect));
      for (Explanation.Line line : item.lines()) {
        out.println("      " + Numbers.metricChange(item.unit(), line.delta()) + "  " + line.rule()
            + " (" + line.years() + "): " + line.reason());
      }
      if (Math.abs(item.clamped()) > 1e-9) {
        out.println("      " + Numbers.metricChange(item.unit(), item.clamped()) + "  kept within the metric's bounds");
      }
    }
    out.println();
  }

  private static String cell(Snapshot.Value value) {
    return Numbers.metric(value.unit(), value.now()) + " (" + Numbers.differenceAsShown(value.unit(), value.start(), value.now()) + ")";
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

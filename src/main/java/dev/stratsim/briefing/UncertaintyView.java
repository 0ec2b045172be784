package dev.stratsim.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The Monte Carlo section: distribution of the focus actor's index, rank odds and the tornado. */
final class UncertaintyView {
  private UncertaintyView() {}

  record Block(String intro, Views.Chart distribution, Views.Chart ranks, Views.Chart tornado) {}

  static Block block(Uncertainty u, Map<String, String> names, boolean draw) {
    String name = names.getOrDefault(u.actor(), u.actor());
    Uncertainty.Distribution d = u.index();
    String intro = u.samples() + " samples of " + u.scenario() + " (seed " + u.seed() + "): " + name + "'s index in "
        + u.year() + " has a median of " + Text.fixed1(d.p50()) + ", and 90% of the samples lie between "
        + Text.fixed1(d.p5()) + " and " + Text.fixed1(d.p95()) + ".";

    Table.Builder bins = new Table.Builder("mc-distribution-data", "Samples by index of " + name + " in " + u.year());
    bins.numberHeader("From", "To", "Samples");
    for (Uncertainty.Bin b : d.histogram()) {
      bins.row(List.of(Table.Cell.number(Text.fixed1(b.from())), Table.Cell.number(Text.fixed1(b.to())),
          Table.Cell.number(String.valueOf(b.count()))));
    }
    String t1 = "Distribution of " + name + "'s index in " + u.year();
    Table binTable = bins.build();
    Views.Chart distribution = new Views.Chart("mc-distribution", t1,
        draw ? Svg.render(UncertaintyCharts.histogram(u, name), "mc-distribution", 880, 380, t1, binTable.id()) : "",
        binTable);

    Table.Builder ranks = new Table.Builder("mc-ranks-data", "Probability of each rank of " + name + " in " + u.year());
    ranks.numberHeader("Rank", "Probability");
    u.rankProbabilities().forEach((rank, p) -> ranks.row(List.of(Table.Cell.number(String.valueOf(rank)),
        Table.Cell.number(Text.percent(p)))));
    String t2 = "Probability of each rank for " + name + " in " + u.year();
    Table rankTable = ranks.build();
    Views.Chart rankChart = new Views.Chart("mc-ranks", t2,
        draw ? Svg.render(UncertaintyCharts.ranks(u, name), "mc-ranks", 880, 340, t2, rankTable.id()) : "", rankTable);

    List<Uncertainty.Swing> swings = new ArrayList<>(u.tornado());
    swings.sort(Comparator.comparingDouble(Uncertainty.Swing::width).reversed().thenComparing(Uncertainty.Swing::input));
    Table.Builder tornado = new Table.Builder("mc-tornado-data", "Index of " + name + " with each input at its P10 and P90");
    tornado.header("Input").numberHeader("P10 value", "P90 value", "Index at P10", "Index at P90", "Swing");
    for (Uncertainty.Swing s : swings) {
      tornado.row(List.of(Table.Cell.text(s.input()), Table.Cell.number(Text.decimal(s.low()).toPlainString()),
          Table.Cell.number(Text.decimal(s.high()).toPlainString()), Table.Cell.number(Text.fixed1(s.atLow())),
          Table.Cell.number(Text.fixed1(s.atHigh())), Table.Cell.number(Text.fixed1(s.width()))));
    }
    String t3 = "What moves " + name + "'s index most";
    Table tornadoTable = tornado.build();
    Views.Chart tornadoChart = new Views.Chart("mc-tornado", t3, draw ? Svg.render(UncertaintyCharts.tornado(swings,
        d.p50(), name), "mc-tornado", 880, 120 + 40 * swings.size(), t3, tornadoTable.id()) : "", tornadoTable);
    return new Block(intro, distribution, rankChart, tornadoChart);
  }
}

package dev.stratsim.briefing.view;

import dev.stratsim.analysis.sensitivity.Spider;
import dev.stratsim.briefing.chart.Svg;
import dev.stratsim.briefing.chart.UncertaintyCharts;
import dev.stratsim.briefing.model.InputLabels;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.briefing.model.Uncertainty;
import dev.stratsim.uncertainty.Sampling;
import java.util.List;
import java.util.Map;

/**
 * The Monte Carlo section: the focus actor's index over the samples (the row {@code simulate}
 * prints for it), its distribution and rank odds, the tornado, and the inputs that were drawn.
 */
final class UncertaintyView {
  private UncertaintyView() {}

  record Block(String intro, Table spread, Views.Chart distribution, Views.Chart scurve, Views.Chart ranks,
      Views.Chart tornado, Views.Chart spider, Table inputs, Table correlations) {}

  static Block block(Uncertainty u, Map<String, String> names, boolean draw) {
    return block(u, names, draw, path -> path);
  }

  /**
   * @param label an input's name for people ({@code the outcome of Meta's deal for Scale AI}), from
   *     its path; the inputs table shows both
   */
  static Block block(Uncertainty raw, Map<String, String> names, boolean draw, java.util.function.UnaryOperator<String> label) {
    Uncertainty u = new Uncertainty(raw.scenario(), raw.actor(), raw.arena(), raw.year(), raw.samples(), raw.seed(),
        raw.central(), raw.index(), raw.rankCounts(), raw.inputs(), raw.tornado().stream()
            .map(s -> new Uncertainty.Swing(label.apply(s.input()), InputLabels.value(s.input(), s.lowAt()),
                InputLabels.value(s.input(), s.highAt()), s.atLow(), s.atHigh())).toList(), raw.sampling(), raw.cdf(),
        raw.spider().stream().map(l -> new Uncertainty.SpiderLine(label.apply(l.input()), l.points().stream()
            .map(p -> new Uncertainty.SpiderPoint(p.percentile(), InputLabels.value(l.input(), p.at()), p.index()))
            .toList())).toList(), raw.correlations(), raw.spikes().stream().map(s -> new Uncertainty.Spike(s.bin(),
                label.apply(s.input()), s.values().stream().map(v -> InputLabels.value(s.input(), v)).toList()))
            .toList());
    String name = names.getOrDefault(u.actor(), u.actor());
    Uncertainty.Distribution d = u.index();
    String intro = u.samples() + " samples of " + u.scenario() + " (seed " + u.seed() + "), each drawing every"
        + " uncertain input below and running the rules: the samples that stratsim simulate draws with the same"
        + " count and seed" + (u.sampling() == Sampling.random ? "" : " and --sampling " + u.sampling()
            + " (a Latin hypercube: each input's range cut into " + u.samples() + " strata of equal probability, one"
            + " draw in each)") + ". The sections above show every input at its central value,"
        + " where " + name + "'s index in " + u.year() + " is " + Text.fixed1(u.central().index()) + " and it ranks "
        + Text.ordinal(u.central().rank()) + "; over the samples its median is " + Text.fixed1(d.p50())
        + ", and 90% of the samples lie between " + Text.fixed1(d.p5()) + " and " + Text.fixed1(d.p95()) + ".";
    return new Block(intro, spread(u, name), distribution(u, name, draw), scurve(u, name, draw), ranks(u, name, draw),
        tornado(u, name, draw), spider(u, name, draw), inputs(u, label), correlations(u, label));
  }

  /** Mean, percentiles and the chance of each rank, as {@code simulate} prints them. */
  private static Table spread(Uncertainty u, String name) {
    Table.Builder t = new Table.Builder("mc-spread", "Index and rank of " + name + " in " + u.year() + " over "
        + u.samples() + " samples");
    t.header("Competitor").numberHeader("Mean", "P5", "P25", "P50", "P75", "P95");
    u.rankCounts().keySet().forEach(r -> t.numberHeader("Rank " + r));
    Uncertainty.Distribution d = u.index();
    // The row simulate prints: with the arena when the scenario's competitors span several.
    String shown = u.arena().isEmpty() ? name : name + " (" + u.arena() + ")";
    List<Table.Cell> cells = new java.util.ArrayList<>(List.of(Table.Cell.text(shown)));
    for (double v : new double[] {d.mean(), d.p5(), d.p25(), d.p50(), d.p75(), d.p95()}) {
      cells.add(Table.Cell.number(Text.fixed1(v)));
    }
    u.rankProbabilities().values().forEach(p -> cells.add(Table.Cell.number(Text.percent1(p))));
    return t.row(cells).build();
  }

  private static Views.Chart distribution(Uncertainty u, String name, boolean draw) {
    Table.Builder bins = new Table.Builder("mc-distribution-data", "Samples by index of " + name + " in " + u.year());
    bins.numberHeader("From", "To", "Samples");
    for (Uncertainty.Bin b : u.index().histogram()) {
      bins.row(List.of(Table.Cell.number(Text.fixed1(b.from())), Table.Cell.number(Text.fixed1(b.to())),
          Table.Cell.number(String.valueOf(b.count()))));
    }
    String title = "Distribution of " + name + "'s index in " + u.year();
    Table data = bins.build();
    return new Views.Chart("mc-distribution", title,
        draw ? Svg.responsive(narrow -> UncertaintyCharts.histogram(u, name, narrow), "mc-distribution", 880, 380, 360,
            title, data.id()) : "", data);
  }

  /** The S-curve: the share of samples at or below each index, every 10% in its table. */
  private static Views.Chart scurve(Uncertainty u, String name, boolean draw) {
    if (u.cdf().isEmpty()) {
      return null;
    }
    Table.Builder points = new Table.Builder("mc-scurve-data", "Index of " + name + " in " + u.year()
        + " that each share of the samples is at or below");
    points.numberHeader("Share of samples", "Index at or below");
    for (int p = 0; p <= 100; p += 10) {
      points.row(List.of(Table.Cell.number(p + "%"), Table.Cell.number(Text.fixed1(u.cdf().get(p)))));
    }
    String title = "Cumulative distribution of " + name + "'s index in " + u.year();
    Table data = points.build();
    return new Views.Chart("mc-scurve", title,
        draw ? Svg.responsive(narrow -> UncertaintyCharts.scurve(u, name), "mc-scurve", 880, 380, 360, title, data.id())
            : "", data);
  }

  /** The spider: the index as each ordered input moves from its P10 to its P90, the others central. */
  private static Views.Chart spider(Uncertainty u, String name, boolean draw) {
    if (u.spider().isEmpty()) {
      return null;
    }
    Table.Builder lines = new Table.Builder("mc-spider-data", "Index of " + name + " in " + u.year()
        + " with each input at its percentiles, the others central (" + Text.fixed1(u.central().index())
        + " with all central); the input's value in brackets");
    lines.header("Input");
    Spider.PERCENTILES.forEach(p -> lines.numberHeader("At P" + p.intValue()));
    for (Uncertainty.SpiderLine line : u.spider()) {
      List<Table.Cell> cells = new java.util.ArrayList<>(List.of(Table.Cell.text(line.input())));
      line.points().forEach(p -> cells.add(Table.Cell.number(Text.fixed1(p.index()) + " (" + p.at() + ")")));
      lines.row(cells);
    }
    String title = "How " + name + "'s index moves across each input's range";
    Table data = lines.build();
    int n = u.spider().size();
    return new Views.Chart("mc-spider", title, draw ? Svg.responsive(narrow -> UncertaintyCharts.spider(u, name, narrow),
        "mc-spider", 880, 400 + 20 * n, 380 + 44 * n, title, data.id()) : "", data);
  }

  private static Views.Chart ranks(Uncertainty u, String name, boolean draw) {
    Table.Builder ranks = new Table.Builder("mc-ranks-data", "Probability of each rank of " + name + " in " + u.year());
    ranks.numberHeader("Rank", "Samples", "Probability");
    u.rankProbabilities().forEach((rank, p) -> ranks.row(List.of(Table.Cell.number(String.valueOf(rank)),
        Table.Cell.number(String.valueOf(u.rankCounts().get(rank))), Table.Cell.number(Text.percent1(p)))));
    String title = "Probability of each rank for " + name + " in " + u.year();
    Table data = ranks.build();
    return new Views.Chart("mc-ranks", title,
        draw ? Svg.responsive(narrow -> UncertaintyCharts.ranks(u, name), "mc-ranks", 880, 340, 320, title, data.id()) : "", data);
  }

  private static Views.Chart tornado(Uncertainty u, String name, boolean draw) {
    Table.Builder tornado = new Table.Builder("mc-tornado-data", "Index of " + name + " in " + u.year()
        + " with each input at its low and high end, the others central (" + Text.fixed1(u.central().index())
        + " with all central)");
    tornado.header("Input", "Low value", "High value").numberHeader("Index at low", "Index at high", "Swing");
    for (Uncertainty.Swing s : u.tornado()) {
      tornado.row(List.of(Table.Cell.text(s.input()), Table.Cell.text(s.lowAt()), Table.Cell.text(s.highAt()),
          Table.Cell.number(Text.fixed1(s.atLow())), Table.Cell.number(Text.fixed1(s.atHigh())),
          Table.Cell.number(Text.shownDistance(s.atLow(), s.atHigh()))));
    }
    String title = "What moves " + name + "'s index most";
    Table data = tornado.build();
    return new Views.Chart("mc-tornado", title, draw ? Svg.responsive(narrow -> UncertaintyCharts.tornado(u, name, narrow),
        "mc-tornado", 880, 120 + 40 * Math.max(1, u.tornado().size()), 150 + 56 * Math.max(1, u.tornado().size()),
        title, data.id()) : "", data);
  }

  /**
   * The inputs the samples draw together, by their names for people: without them a reader of
   * the tornado would take every input as drawn on its own. Null (no table) when there are none.
   */
  private static Table correlations(Uncertainty u, java.util.function.UnaryOperator<String> label) {
    if (u.correlations().isEmpty()) {
      return null;
    }
    Table.Builder t = new Table.Builder("mc-correlations", "Inputs drawn together (correlations: of "
        + u.scenario() + "; the others are drawn independently)");
    t.header("Input", "Moves with").numberHeader("Rank correlation").header("Source");
    u.correlations().forEach(c -> t.row(List.of(Table.Cell.text(label.apply(c.first())),
        Table.Cell.text(label.apply(c.second())), Table.Cell.number(Text.signed2(c.rank())),
        Table.Cell.text(c.source().isEmpty() ? "-" : c.source()))));
    return t.build();
  }

  private static Table inputs(Uncertainty u, java.util.function.UnaryOperator<String> label) {
    Table.Builder t = new Table.Builder("mc-inputs", "Uncertain inputs of " + u.scenario()
        + " (the rest of the report uses the central value)");
    t.header("Input", "Path", "Distribution", "Central");
    u.inputs().forEach(in -> t.row(List.of(Table.Cell.text(label.apply(in.path())), Table.Cell.text(in.path()),
        Table.Cell.text(in.distribution()), Table.Cell.text(InputLabels.value(in.path(), in.central())))));
    return t.build();
  }
}

package dev.stratsim.briefing.chart;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.briefing.model.Uncertainty;

/** Charts of the Monte Carlo section. */
public final class UncertaintyCharts {
  private UncertaintyCharts() {}

  public static JFreeChart histogram(Uncertainty u, String name) {
    return histogram(u, name, false);
  }

  /**
   * @param narrow drawn for a phone: only every few bins is labelled, so that each label has
   *     about 40 pixels (a bin is a few pixels wide there, too narrow for "74.3")
   */
  public static JFreeChart histogram(Uncertainty u, String name, boolean narrow) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Uncertainty.Bin b : u.index().histogram()) {
      data.addValue(b.count(), "samples", Text.fixed1(b.from()));
    }
    JFreeChart chart = Theme.apply(ChartFactory.createBarChart("Distribution of " + name + "'s index in " + u.year(),
        "Index (bin start)", "Samples", data, PlotOrientation.VERTICAL, false, false, false));
    if (narrow) {
      List<String> bins = u.index().histogram().stream().map(b -> Text.fixed1(b.from())).toList();
      CategoryAxis axis = Theme.everyNth("Index (bin start)", bins, Math.max(1, (int) Math.ceil(bins.size() * 40.0 / 320)));
      CategoryAxis old = chart.getCategoryPlot().getDomainAxis();
      axis.setLabelFont(old.getLabelFont());
      axis.setLabelPaint(old.getLabelPaint());
      axis.setTickLabelFont(old.getTickLabelFont());
      axis.setTickLabelPaint(old.getTickLabelPaint());
      chart.getCategoryPlot().setDomainAxis(axis);
    }
    BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
    renderer.setSeriesPaint(0, Theme.TOTAL);
    renderer.setItemMargin(0);
    chart.getCategoryPlot().getDomainAxis().setCategoryMargin(0.05);
    spikes(u, chart.getCategoryPlot());
    // What a spike is goes under the chart, where a title wraps: on the bar it ran past the edge.
    for (Uncertainty.Spike s : u.spikes()) {
      org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle(spikeLabel(u, s.bin()) + " (index "
          + Text.fixed1(u.index().histogram().get(s.bin()).from()) + " and up).",
          new java.awt.Font(Theme.FONT, java.awt.Font.PLAIN, 11));
      note.setPaint(Theme.MUTED);
      note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
      chart.addSubtitle(note);
    }
    return chart;
  }

  /**
   * A bin that stands out (twice its neighbours and at least a twentieth of the samples, as the
   * draws of one outcome of a choice do) is labelled with its count and share, so the spike reads.
   */
  private static void spikes(Uncertainty u, CategoryPlot plot) {
    List<Uncertainty.Bin> bins = u.index().histogram();
    for (int i = 0; i < bins.size(); i++) {
      long count = bins.get(i).count();
      if (Uncertainty.spike(bins, i, u.samples())) {
        org.jfree.chart.annotations.CategoryTextAnnotation label = new org.jfree.chart.annotations.CategoryTextAnnotation(
            count + " samples (" + Text.percent(count / (double) u.samples()) + ")", Text.fixed1(bins.get(i).from()),
            count);
        label.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        label.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.START);
        label.setFont(new java.awt.Font(Theme.FONT, java.awt.Font.BOLD, 11));
        label.setPaint(Theme.INK);
        plot.addAnnotation(label);
      }
    }
    plot.getRangeAxis().setUpperMargin(0.15);
  }

  /**
   * {@code 499 samples (25%): the outcome of Meta's deal for Scale AI is collapsed or blocked}: the
   * count and share, and what the spike is when one choice input's values explain it.
   */
  static String spikeLabel(Uncertainty u, int bin) {
    long count = u.index().histogram().get(bin).count();
    String what = u.spikes().stream().filter(s -> s.bin() == bin).findFirst()
        .map(s -> ": " + s.input() + " is " + String.join(" or ", s.values())).orElse("");
    return count + " samples (" + Text.percent(count / (double) u.samples()) + ")" + what;
  }

  /**
   * The S-curve beside the histogram: for each index, the share of samples at or below it, read
   * off the percentiles 0 to 100 (so a jump is a value many samples share, a flat stretch a gap).
   */
  public static JFreeChart scurve(Uncertainty u, String name) {
    XYSeries series = new XYSeries("share of samples", false, true);
    for (int p = 0; p < u.cdf().size(); p++) {
      series.add(u.cdf().get(p).doubleValue(), p);
    }
    JFreeChart chart = Theme.apply(ChartFactory.createXYLineChart("Cumulative distribution of " + name + "'s index in "
        + u.year(), "Index", "Samples at or below (%)", new XYSeriesCollection(series), PlotOrientation.VERTICAL, false,
        false, false));
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    // One SVG path for the curve rather than a hundred segments.
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setSeriesPaint(0, Theme.TOTAL);
    renderer.setSeriesStroke(0, Theme.line(2.5f));
    plot.setRenderer(renderer);
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
    // The all-central index, as on the tornado: where the rest of the report stands on the curve.
    plot.addDomainMarker(new ValueMarker(u.central().index(), Theme.INK, Theme.line(1.2f)));
    return chart;
  }

  /**
   * The spider beside the tornado: one line per input through the index at its P10, P25, P50, P75
   * and P90, the others central; a steep line moves the index most, a bent one unevenly.
   *
   * @param narrow drawn for a phone: the legend goes under the chart, one input a line
   */
  public static JFreeChart spider(Uncertainty u, String name, boolean narrow) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Uncertainty.SpiderLine line : u.spider()) {
      // Two inputs may share a label; the series key must be unique, so it carries the position.
      XYSeries series = new XYSeries(new SeriesKey(data.getSeriesCount(), line.input()), false, true);
      line.points().forEach(p -> series.add(p.percentile(), p.index()));
      data.addSeries(series);
    }
    JFreeChart chart = Theme.apply(ChartFactory.createXYLineChart("How " + name + "'s index moves across each input's"
        + " range", "Input at its percentile (others central)", "Index of " + name + " in " + u.year(), data,
        PlotOrientation.VERTICAL, true, false, false));
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setDrawSeriesLineAsPath(true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, Theme.color(i));
      renderer.setSeriesStroke(i, Theme.line(2f));
    }
    plot.setRenderer(renderer);
    NumberAxis percentiles = (NumberAxis) plot.getDomainAxis();
    percentiles.setRange(5, 95);
    percentiles.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10, new java.text.DecimalFormat("'P'0")));
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    plot.addRangeMarker(new ValueMarker(u.central().index(), Theme.INK, Theme.line(1.2f)));
    if (narrow) {
      chart.getLegend().setItemFont(new java.awt.Font(Theme.FONT, java.awt.Font.PLAIN, 11));
    }
    return chart;
  }

  /** A spider line's name in the legend, unique by its position. */
  private record SeriesKey(int position, String label) implements Comparable<SeriesKey> {
    @Override
    public int compareTo(SeriesKey other) {
      return Integer.compare(position, other.position);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public static JFreeChart ranks(Uncertainty u, String name) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    u.rankProbabilities().forEach((rank, p) -> data.addValue(p * 100, "probability", Text.ordinal(rank)));
    JFreeChart chart = Theme.apply(ChartFactory.createBarChart("Probability of each rank for " + name + " in " + u.year(),
        "Rank in " + u.year(), "Probability (%)", data, PlotOrientation.VERTICAL, false, false, false));
    ((BarRenderer) chart.getCategoryPlot().getRenderer()).setSeriesPaint(0, Theme.color(0));
    chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
    return chart;
  }

  /** Bars from the index at each input's low end to its high end, around the all-central index. */
  public static JFreeChart tornado(Uncertainty u, String name) {
    return tornado(u, name, false);
  }

  /** @param narrow drawn for a phone: the inputs' names get half the width and up to four lines */
  public static JFreeChart tornado(Uncertainty u, String name, boolean narrow) {
    List<Uncertainty.Swing> swings = u.tornado();
    int n = swings.size();
    Number[][] low = new Number[1][n];
    Number[][] high = new Number[1][n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      Uncertainty.Swing s = swings.get(i);
      low[0][i] = Math.min(s.atLow(), s.atHigh());
      high[0][i] = Math.max(s.atLow(), s.atHigh());
      labels[i] = s.input();
    }
    CategoryAxis inputs = new CategoryAxis("Uncertain input, widest swing first");
    inputs.setMaximumCategoryLabelWidthRatio(narrow ? 0.5f : 0.35f);
    inputs.setMaximumCategoryLabelLines(narrow ? 4 : 2);
    // On a phone the axis title alone ran past the edge: it keeps the index and the year, and the
    // how goes under the chart, where a title wraps.
    String how = "input at its low and high end, others central";
    NumberAxis values = new NumberAxis("Index of " + name + " in " + u.year() + (narrow ? "" : " (" + how + ")"));
    double central = u.central().index();
    double lo = central;
    double hi = central;
    for (int i = 0; i < n; i++) {
      lo = Math.min(lo, low[0][i].doubleValue());
      hi = Math.max(hi, high[0][i].doubleValue());
    }
    double pad = Math.max(0.5, (hi - lo) * 0.1);
    values.setRange(Math.floor(lo - pad), Math.ceil(hi + pad));
    IntervalBarRenderer renderer = new IntervalBarRenderer();
    CategoryPlot plot = new CategoryPlot(new DefaultIntervalCategoryDataset(new String[] {"swing"}, labels, low, high),
        inputs, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    plot.addRangeMarker(new ValueMarker(central, Theme.INK, Theme.line(1.2f)));
    JFreeChart chart = Theme.apply(new JFreeChart("What moves " + name + "'s index most", JFreeChart.DEFAULT_TITLE_FONT,
        plot, false));
    if (narrow) {
      org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle("Each bar: " + how + ".",
          new java.awt.Font(Theme.FONT, java.awt.Font.PLAIN, 11));
      note.setPaint(Theme.MUTED);
      note.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
      chart.addSubtitle(note);
    }
    // The theme sets series colours, so ours go on after it.
    renderer.setSeriesPaint(0, Theme.color(0));
    renderer.setMaximumBarWidth(0.6);
    return chart;
  }
}

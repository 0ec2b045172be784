package dev.stratsim.briefing.chart;

import dev.stratsim.briefing.model.Attribution;
import dev.stratsim.briefing.model.Position;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The report's charts, drawn by JFreeChart from the same numbers as the tables beside them. */
public final class Charts {
  private Charts() {}

  /** Each competitor's index from the scenario's inputs to its last year; the focus stands out. */
  public static JFreeChart trajectory(Projection p, String focus, Map<String, String> names, List<String> order) {
    XYSeriesCollection data = new XYSeriesCollection();
    List<String> competitors = Position.competitors(p);
    for (String actor : competitors) {
      XYSeries series = new XYSeries(names.get(actor));
      series.add(p.start().year(), p.start().index().get(actor));
      for (YearResult y : p.years()) {
        series.add(y.year(), y.index().get(actor));
      }
      data.addSeries(series);
    }
    JFreeChart chart = Theme.apply(ChartFactory.createXYLineChart("Competitive index by year",
        "End of year (" + p.start().year() + ": the scenario's inputs)", "Index (0-100)", data,
        PlotOrientation.VERTICAL, true, false, false));
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < competitors.size(); i++) {
      String actor = competitors.get(i);
      renderer.setSeriesPaint(i, Theme.color(order.indexOf(actor)));
      renderer.setSeriesStroke(i, Theme.line(actor.equals(focus) ? 3.5f : 1.6f));
    }
    plot.setRenderer(renderer);
    Theme.integerYears((NumberAxis) plot.getDomainAxis());
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    endLabels(plot, p, competitors, names, order);
    return chart;
  }

  /**
   * Each line ends with its competitor's name and last value, the labels nudged apart where lines
   * end close together, so that two lines that coincide are still told apart.
   */
  private static void endLabels(XYPlot plot, Projection p, List<String> competitors, Map<String, String> names,
      List<String> order) {
    int first = p.start().year();
    int last = p.last().year();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (String actor : competitors) {
      lo = Math.min(lo, Math.min(p.start().index().get(actor), p.years().stream().mapToDouble(y -> y.index().get(actor)).min().orElse(lo)));
      hi = Math.max(hi, Math.max(p.start().index().get(actor), p.years().stream().mapToDouble(y -> y.index().get(actor)).max().orElse(hi)));
    }
    double gap = Math.max(hi - lo, 1) * 0.055;
    List<String> byEnd = competitors.stream()
        .sorted(java.util.Comparator.comparingDouble((String a) -> p.last().index().get(a)).thenComparing(a -> a)).toList();
    double previous = -Double.MAX_VALUE;
    for (String actor : byEnd) {
      double value = p.last().index().get(actor);
      double at = Math.max(value, previous + gap);
      previous = at;
      org.jfree.chart.annotations.XYTextAnnotation label = new org.jfree.chart.annotations.XYTextAnnotation(
          names.get(actor) + " " + Text.fixed1(value), last + (last - first) * 0.04, at);
      label.setTextAnchor(TextAnchor.CENTER_LEFT);
      label.setFont(new Font(Theme.FONT, Font.PLAIN, 11));
      label.setPaint(Theme.color(order.indexOf(actor)));
      plot.addAnnotation(label);
    }
    NumberAxis years = new NumberAxis(plot.getDomainAxis().getLabel()) {
      /** No year past the projection's last under the labels' room. */
      @Override
      public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
          java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
        List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
        return ticks.stream().filter(t -> ((org.jfree.chart.axis.NumberTick) t).getValue() <= last).toList();
      }
    };
    Theme.integerYears(years);
    years.setLabelFont(plot.getDomainAxis().getLabelFont());
    years.setLabelPaint(plot.getDomainAxis().getLabelPaint());
    years.setTickLabelFont(plot.getDomainAxis().getTickLabelFont());
    years.setTickLabelPaint(plot.getDomainAxis().getTickLabelPaint());
    years.setRange(first, last + (last - first) * 0.45);
    plot.setDomainAxis(years);
    plot.getRangeAxis().setUpperMargin(0.08);
  }

  /** Every competitor's pillars in the last year, competitors by rank. */
  public static JFreeChart pillars(Projection p, List<String> pillars, Map<String, String> names, double max) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    YearResult last = p.last();
    for (String actor : Position.byRank(last)) {
      for (String pillar : pillars) {
        data.addValue(last.metric(actor, pillar).orElse(0), Text.capitalized(pillar), names.get(actor));
      }
    }
    JFreeChart chart = Theme.apply(ChartFactory.createBarChart("Pillars in " + last.year(),
        "Competitor, by rank", "Pillar score (0-100)", data, PlotOrientation.VERTICAL, true, false, false));
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setItemMargin(0.05);
    for (int i = 0; i < pillars.size(); i++) {
      renderer.setSeriesPaint(i, List.of(new Color(0x2F6690), new Color(0x3A7D44), new Color(0xD98E04),
          new Color(0x8E6C8A)).get(i % 4));
    }
    if (Double.isFinite(max)) {
      plot.getRangeAxis().setRange(0, max);
    }
    return chart;
  }

  /**
   * The focus actor's index from its start value to its end value, one bar per rule; bars are
   * Aumann-Shapley index points (see {@link Attribution}).
   */
  public static JFreeChart waterfall(Waterfall w) {
    return waterfall(w, false);
  }

  /** @param narrow drawn for a phone: the rules' names get half the width and up to four lines */
  public static JFreeChart waterfall(Waterfall w, boolean narrow) {
    int n = w.steps().size();
    double lo = w.steps().stream().mapToDouble(s -> Math.min(s.from(), s.to())).min().orElse(0);
    double hi = w.steps().stream().mapToDouble(s -> Math.max(s.from(), s.to())).max().orElse(1);
    double pad = Math.max(0.5, (hi - lo) * (narrow ? 0.25 : 0.15));
    double axisLow = Math.floor(lo - pad);
    Number[][] low = new Number[1][n];
    Number[][] high = new Number[1][n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      Waterfall.Step s = w.steps().get(i);
      low[0][i] = s.total() ? axisLow : Math.min(s.from(), s.to());
      high[0][i] = Math.max(s.from(), s.to());
      labels[i] = s.label();
    }
    DefaultIntervalCategoryDataset data =
        new DefaultIntervalCategoryDataset(new String[] {"index points"}, labels, low, high);
    CategoryAxis categories = new CategoryAxis("Rule, largest contribution first");
    categories.setMaximumCategoryLabelWidthRatio(narrow ? 0.5f : 0.42f);
    categories.setMaximumCategoryLabelLines(narrow ? 4 : 3);
    NumberAxis values = new NumberAxis("Index of " + w.name());
    values.setAutoRangeIncludesZero(false);
    // The value labels sit right of the bars: on a phone the plot is so narrow that a quarter of
    // the range is not room enough for "78.6", so the right side gets twice the pad.
    values.setRange(axisLow, Math.ceil(hi + pad * (narrow ? 2 : 1)));
    IntervalBarRenderer renderer = new IntervalBarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        Waterfall.Step s = w.steps().get(column);
        return s.total() ? Theme.TOTAL : s.to() >= s.from() ? Theme.GAIN : Theme.LOSS;
      }
    };
    renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        return w.steps().get(column).value();
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Theme.FONT, Font.PLAIN, 11));
    renderer.setDefaultItemLabelPaint(Theme.INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    renderer.setMaximumBarWidth(0.7);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = new JFreeChart("Where " + w.name() + "'s index change comes from",
        JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    return Theme.apply(chart);
  }

  /**
   * Every competitor's last-year index in each scenario, as dots side by side per competitor:
   * the gap between the dots is what a scenario changes.
   */
  public static JFreeChart sideBySide(List<Projection> projections, Map<String, String> names, List<String> order) {
    return sideBySide(projections, names, order, false);
  }

  /** @param narrow drawn for a phone: the competitors' names break between words only, never inside one */
  public static JFreeChart sideBySide(List<Projection> projections, Map<String, String> names, List<String> order,
      boolean narrow) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Projection p : projections) {
      for (String actor : order) {
        Double index = p.last().index().get(actor);
        if (index != null) {
          data.addValue(index, p.scenario().id(), names.get(actor));
        }
      }
    }
    JFreeChart chart = Theme.apply(ChartFactory.createLineChart("Index in the last year, scenario by scenario",
        "Competitor", "Index (0-100)", data, PlotOrientation.VERTICAL, true, false, false));
    CategoryPlot plot = chart.getCategoryPlot();
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    List<java.awt.Shape> shapes = List.of(new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12),
        new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10), new java.awt.Polygon(new int[] {0, 6, -6}, new int[] {-7, 5, 5}, 3),
        new java.awt.Polygon(new int[] {0, 6, 0, -6}, new int[] {-7, 0, 7, 0}, 4));
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, i == 0 ? Theme.MUTED : Theme.color(i - 1));
      renderer.setSeriesShape(i, shapes.get(i % shapes.size()));
    }
    renderer.setUseSeriesOffset(true);
    renderer.setItemMargin(0.3);
    plot.setRenderer(renderer);
    if (narrow) {
      CategoryAxis competitors = Theme.wordWrapped("Competitor", 2);
      competitors.setLabelFont(plot.getDomainAxis().getLabelFont());
      competitors.setLabelPaint(plot.getDomainAxis().getLabelPaint());
      competitors.setTickLabelFont(new Font(Theme.FONT, Font.PLAIN, 10));
      competitors.setTickLabelPaint(plot.getDomainAxis().getTickLabelPaint());
      competitors.setCategoryMargin(0.05);
      competitors.setLowerMargin(0.02);
      competitors.setUpperMargin(0.02);
      plot.setDomainAxis(competitors);
    }
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.setDomainGridlinesVisible(true);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    return chart;
  }
}

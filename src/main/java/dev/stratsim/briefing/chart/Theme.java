package dev.stratsim.briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look every chart shares: quiet grid, readable type, a colour-blind-safe palette. */
final class Theme {
  /** Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
  static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0x999933), new Color(0x332288));
  static final Color INK = new Color(0x1F2933);
  static final Color MUTED = new Color(0x52606D);
  static final Color GRID = new Color(0xD9E2EC);
  static final Color GAIN = new Color(0x1B7F5A);
  static final Color LOSS = new Color(0xC0392B);
  static final Color TOTAL = new Color(0x486581);
  static final String FONT = Font.SANS_SERIF;

  private static final StandardChartTheme THEME = theme();

  private Theme() {}

  static Color color(int i) {
    return PALETTE.get(i % PALETTE.size());
  }

  static BasicStroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** Whole numbers such as years, without a thousands separator. */
  static DecimalFormat whole() {
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  static DecimalFormat oneDecimal() {
    return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  static JFreeChart apply(JFreeChart chart) {
    THEME.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    chart.getTitle().setPaint(INK);
    chart.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemPaint(INK);
    }
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  static void integerYears(NumberAxis axis) {
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setNumberFormatOverride(whole());
  }

  /**
   * A category axis whose labels break only between words: JFreeChart's own breaks a word that
   * does not fit its category ("Googl" over "e"); here a word too wide stays whole, and runs
   * into the gap beside it rather than being split.
   */
  static CategoryAxis wordWrapped(String label, int maxLines) {
    return new CategoryAxis(label) {
      @Override
      protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, java.awt.Graphics2D g2) {
        Font font = getTickLabelFont(category);
        java.awt.FontMetrics metrics = g2.getFontMetrics(font);
        List<String> lines = new java.util.ArrayList<>();
        for (String word : category.toString().split(" ")) {
          int last = lines.size() - 1;
          if (last >= 0 && (lines.size() == maxLines || metrics.stringWidth(lines.get(last) + " " + word) <= width)) {
            lines.set(last, lines.get(last) + " " + word);
          } else {
            lines.add(word);
          }
        }
        TextBlock block = new TextBlock();
        lines.forEach(line -> block.addLine(line, font, getTickLabelPaint(category)));
        return block;
      }
    };
  }

  /**
   * A category axis that labels only every {@code every}-th category (and gives that label the
   * room of the ones it skips): a histogram's thirty bins on a phone are too narrow for any bin's
   * number, which JFreeChart then shows as "…".
   */
  static CategoryAxis everyNth(String label, List<? extends Comparable<?>> categories, int every) {
    return new CategoryAxis(label) {
      @Override
      protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, java.awt.Graphics2D g2) {
        int i = categories.indexOf(category);
        return i % every == 0 ? super.createLabel(category, width * every, edge, g2) : new TextBlock();
      }
    };
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = new StandardChartTheme("stratsim");
    t.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
    t.setLargeFont(new Font(FONT, Font.PLAIN, 13));
    t.setRegularFont(new Font(FONT, Font.PLAIN, 12));
    t.setSmallFont(new Font(FONT, Font.PLAIN, 11));
    t.setTitlePaint(INK);
    t.setSubtitlePaint(MUTED);
    t.setAxisLabelPaint(MUTED);
    t.setTickLabelPaint(MUTED);
    t.setLegendItemPaint(INK);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setPlotOutlinePaint(GRID);
    t.setShadowVisible(false);
    t.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    t.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    t.setItemLabelPaint(INK);
    return t;
  }
}

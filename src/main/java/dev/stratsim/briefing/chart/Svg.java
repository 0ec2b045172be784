package dev.stratsim.briefing.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart as an inline SVG element that is the same bytes on every run: JFreeSVG
 * would otherwise prefix its clip-path ids with the clock and print coordinates with up to
 * seventeen digits. The element scales to its container and names itself for screen readers.
 */
public final class Svg {
  /** Two decimals are a hundredth of a pixel: finer than any screen or printer shows. */
  private static final DoubleFunction<String> NUMBER = v -> {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  };

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Svg() {}

  /**
   * @param id unique in the page: it prefixes every id inside the SVG as well
   * @param label the chart's title, read out by screen readers
   * @param describedBy id of the element that holds the chart's data, or null
   */
  /** Width of a chart's narrow drawing, shown instead of the wide one on a phone. */
  static final int NARROW = 400;

  /**
   * A chart drawn twice: {@code width} wide for a screen or paper, {@link #NARROW} wide (and
   * {@code narrowHeight} high) for a phone, where the style sheet shows it instead. Each scales to
   * its container through its viewBox, so neither overflows it and the narrow one keeps its text
   * legible.
   *
   * @param chart the chart, told whether it is the narrow drawing (a waterfall gives its labels more room)
   */
  public static String responsive(java.util.function.Function<Boolean, JFreeChart> chart, String id, int width, int height,
      int narrowHeight, String label, String describedBy) {
    return render(chart.apply(false), id, width, height, label, describedBy, "wide") + "\n"
        + render(chart.apply(true), id + "-narrow", NARROW, narrowHeight, label, describedBy, "narrow");
  }

  static String render(JFreeChart chart, String id, int width, int height, String label, String describedBy) {
    return render(chart, id, width, height, label, describedBy, null);
  }

  private static String render(JFreeChart chart, String id, int width, int height, String label, String describedBy,
      String css) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    g.setGeomDoubleConverter(NUMBER);
    g.setTransformDoubleConverter(NUMBER);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    int open = svg.indexOf('>');
    String aria = (css == null ? "" : " class='" + css + "'") + " role='img' aria-labelledby='" + id + "-title'"
        + (describedBy == null ? "" : " aria-describedby='" + describedBy + "'");
    return svg.substring(0, open) + aria + "><title id='" + id + "-title'>" + escape(label) + "</title>"
        + svg.substring(open + 1);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
  }
}

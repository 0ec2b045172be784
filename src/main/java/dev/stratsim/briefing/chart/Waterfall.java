package dev.stratsim.briefing.chart;

import java.util.List;

/** What a waterfall chart draws: a case's index from its inputs to its last year, bar by bar. */
public record Waterfall(String name, List<Step> steps) {
  /** One bar of a waterfall, from one index value to the next; totals start from the axis. */
  public record Step(String label, double from, double to, boolean total, String value) {}
}

package dev.stratsim.briefing;

import java.util.List;

/** What a waterfall chart draws: a case's index from its inputs to its last year, bar by bar. */
record Waterfall(String name, List<Step> steps) {
  /** One bar of a waterfall, from one index value to the next; totals start from the axis. */
  record Step(String label, double from, double to, boolean total, String value) {}
}

package dev.stratsim.analysis.diff;

import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;

/**
 * How far a number may move before a diff reports it. {@code points} is on the 0-100 scale of the
 * index and the pillars; a metric with other bounds gets the same share of its range, and an
 * unbounded one (dollars, counts) the same percentage of its value.
 */
record Tolerance(double points) {

  boolean moved(double base, double current) {
    return moved(base, current, points);
  }

  boolean moved(String metric, double base, double current, Vocabulary vocabulary) {
    MetricDef def = vocabulary.definition(metric).orElse(null);
    if (def != null && Double.isFinite(def.min()) && Double.isFinite(def.max())) {
      return moved(base, current, points * (def.max() - def.min()) / 100);
    }
    double scale = Math.max(Math.abs(base), Math.abs(current));
    return moved(base, current, points / 100 * scale);
  }

  private static boolean moved(double base, double current, double allowed) {
    if (Double.isNaN(base) || Double.isNaN(current)) {
      return Double.isNaN(base) != Double.isNaN(current);
    }
    return Math.abs(current - base) > allowed;
  }
}

package dev.stratsim.analysis.diff;

import dev.stratsim.model.Unit;

/**
 * One of an actor's numbers that moved between the base and the current rules.
 *
 * @param measure {@code rank}, {@code index} or a metric such as {@code data}
 * @param unit how its values read: a rank is a whole number, the index and the metrics have the
 *     units of the current rules' vocabulary
 * @param year the last year in which it moved beyond the tolerance; {@code base} and
 *     {@code current} are its values then (NaN where that side has no such number)
 * @param firstYear the first year in which it moved
 */
public record Move(String measure, Kind kind, Unit unit, int year, int firstYear, double base, double current) {

  public enum Kind { RANK, INDEX, PILLAR, METRIC }
}

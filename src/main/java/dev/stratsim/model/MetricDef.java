package dev.stratsim.model;

/**
 * A quantity the rules track for an actor, declared in {@code rules/metrics.yaml}.
 *
 * @param pillar one of the competitive pillars that make up an actor's index
 * @param derived computed by the rules each year; a scenario may not set it
 * @param unit what its numbers count, which decides how every output shows them
 */
public record MetricDef(
    String name, double min, double max, boolean pillar, boolean derived, Unit unit, String about) {

  public double clamp(double value) {
    return Math.max(min, Math.min(max, value));
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }
}

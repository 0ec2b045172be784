package dev.stratsim.engine;

/**
 * An actor's metric at the start of the year being evaluated, with the bounds it must stay in.
 * Supply shares are states too: customer {@code google}, metric {@code share:scale-ai}.
 */
public record State(String actor, String metric, double value, double min, double max) {

  public double clamp(double v) {
    return Math.max(min, Math.min(max, v));
  }
}

package dev.stratsim.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An uncertain number or choice in a scenario, written {@code {dist: ...}} where a value would
 * be. Sampling is by inversion: one uniform number per input per sample, so sample {@code i}'s
 * inputs depend only on the seed and {@code i}, and the percentiles the tornado uses come from
 * the same quantile function as the draws.
 */
public sealed interface Distribution permits Numeric, Choice {

  /**
   * What {@code run}, {@code compare} and {@code sweep} use: the median of a numeric
   * distribution, the most likely value of a choice (the first listed of equally likely ones).
   */
  JsonNode central();

  /** The value at quantile {@code u}, 0 <= u < 1; a uniform random {@code u} makes a draw. */
  JsonNode at(double u);

  /** As the scenario wrote it, e.g. {@code {dist: normal, mean: 2, sd: 0.5}}. */
  String describe();
}

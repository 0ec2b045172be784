package dev.stratsim.briefing;

import java.util.List;
import java.util.SortedMap;

/**
 * The Monte Carlo part of a report ({@code --samples N --seed S}): how the focus actor's index in
 * the last year is distributed over the samples, how likely each rank is, and which uncertain
 * inputs swing it most. Filled by an {@link UncertaintyEstimator}; the formats render it when
 * present.
 */
record Uncertainty(String scenario, String actor, int year, int samples, long seed,
    Distribution index, SortedMap<Integer, Double> rankProbabilities, List<Swing> tornado) {

  /** Mean, percentiles and a histogram of the samples. */
  record Distribution(double mean, double p5, double p25, double p50, double p75, double p95,
      List<Bin> histogram) {}

  /** Samples with a value in {@code [from, to)}. */
  record Bin(double from, double to, long count) {}

  /**
   * One uncertain input of the tornado: the metric with the input at its P10 and P90, the others
   * held at their central values.
   */
  record Swing(String input, double low, double high, double atLow, double atHigh) {
    double width() {
      return Math.abs(atHigh - atLow);
    }
  }
}

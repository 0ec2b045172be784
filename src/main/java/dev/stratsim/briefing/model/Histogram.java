package dev.stratsim.briefing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Bins of equal width for the distribution chart. The width is 1, 2 or 5 times a power of ten,
 * at least 0.1 (the report shows index values to one decimal), and the edges are its multiples,
 * so the labels read as round numbers and the same samples always give the same bins.
 */
final class Histogram {
  /** At most this many bins across the range of the samples. */
  static final int BINS = 20;
  private static final double[] STEPS = {1, 2, 5};

  private Histogram() {}

  static List<Uncertainty.Bin> of(int count, IntToDoubleFunction value) {
    if (count == 0) {
      return List.of();
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      min = Math.min(min, value.applyAsDouble(i));
      max = Math.max(max, value.applyAsDouble(i));
    }
    double width = width(max - min);
    long first = bin(min, width);
    int bins = (int) (bin(max, width) - first) + 1;
    long[] counts = new long[bins];
    for (int i = 0; i < count; i++) {
      counts[(int) (bin(value.applyAsDouble(i), width) - first)]++;
    }
    List<Uncertainty.Bin> result = new ArrayList<>();
    for (int k = 0; k < bins; k++) {
      result.add(new Uncertainty.Bin(edge(first + k, width), edge(first + k + 1, width), counts[k]));
    }
    return List.copyOf(result);
  }

  /** The smallest round width that covers {@code range} in at most {@link #BINS} bins. */
  static double width(double range) {
    for (double scale = 0.1; ; scale *= 10) {
      for (double step : STEPS) {
        double width = BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(scale)).doubleValue();
        // A range of n widths can straddle n + 2 bins once its ends are rounded out to edges.
        if (range / width <= BINS - 2) {
          return width;
        }
      }
    }
  }

  /** The number of the bin that holds {@code v}: {@code k} where edge k <= v < edge k+1. */
  private static long bin(double v, double width) {
    long k = (long) Math.floor(v / width);
    // Dividing can put a value on an edge a hair to either side of it; the edges decide.
    if (v >= edge(k + 1, width)) {
      return k + 1;
    }
    return v < edge(k, width) ? k - 1 : k;
  }

  /** Edge {@code k} of bins of {@code width}, as the nearest double to the decimal number. */
  private static double edge(long k, double width) {
    return BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(width)).doubleValue();
  }
}

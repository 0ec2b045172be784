package dev.stratsim.analysis.simulate;

import dev.stratsim.batch.Metric;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * What the samples say about one metric. It keeps one number per sample, in sample order, and
 * nothing else: percentiles are computed when asked.
 */
public final class Summary {
  // Linear interpolation between order statistics, as Excel's PERCENTILE.INC and R's default. On a
  // copy: the values stay in sample order, which value(i) and the mean depend on.
  private static final Quantile QUANTILE =
      Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).withCopy(true);

  private final Metric metric;
  private final double[] values;
  private final int count;

  Summary(Metric metric, double[] values, int count) {
    this.metric = metric;
    this.values = values;
    this.count = count;
  }

  public Metric metric() {
    return metric;
  }

  /** The number of samples. */
  public int count() {
    return count;
  }

  /** The metric's value in sample {@code index}. */
  public double value(int index) {
    return values[index];
  }

  /** Summed in sample order, so the mean is the same whatever the thread count. */
  public double mean() {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += values[i];
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** The share of samples in which a check holds (the mean of its 1s and 0s). */
  public double probability() {
    return mean();
  }

  /** The {@code p}-th percentile, 0..100. */
  public double percentile(double p) {
    return count == 0 ? Double.NaN : QUANTILE.evaluateRange(values, 0, count, p / 100);
  }

  /** Several percentiles from one copy of the samples. */
  public double[] percentiles(double... p) {
    if (count == 0) {
      double[] none = new double[p.length];
      Arrays.fill(none, Double.NaN);
      return none;
    }
    return QUANTILE.evaluateRange(values, 0, count, Arrays.stream(p).map(x -> x / 100).toArray());
  }

  /** How many samples gave each value: for ranks, the probability of each place. */
  public SortedMap<Double, Integer> counts() {
    SortedMap<Double, Integer> counts = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      counts.merge(values[i], 1, Integer::sum);
    }
    return counts;
  }
}

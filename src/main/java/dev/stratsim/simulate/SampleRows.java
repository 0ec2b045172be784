package dev.stratsim.simulate;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.CarriedRows;
import dev.stratsim.batch.Metric;
import java.util.List;
import java.util.function.LongFunction;

/** Monte Carlo samples as rows: row {@code i} is each metric's value in sample {@code i}. */
final class SampleRows extends CarriedRows {
  private static final long serialVersionUID = 1L;

  private final List<String> metrics;
  private final long seed;

  SampleRows(Carried carried, List<String> metrics, long seed, LongFunction<double[]> here) {
    super(carried, here);
    this.metrics = List.copyOf(metrics);
    this.seed = seed;
  }

  @Override
  protected LongFunction<double[]> rebuild(Carried.Loaded loaded) {
    List<Metric> parsed = metrics.stream().map(Metric::parse).toList();
    return i -> Simulation.row(loaded.simulator(), loaded.template(), parsed, seed, i);
  }
}

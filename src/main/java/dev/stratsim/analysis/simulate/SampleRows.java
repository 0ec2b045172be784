package dev.stratsim.analysis.simulate;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.CarriedRows;
import dev.stratsim.batch.Metric;
import dev.stratsim.uncertainty.Design;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Monte Carlo samples as rows: row {@code k} is each metric's value in sample {@code from + k}.
 * Another JVM draws the same design again from the settings (the draws depend on the scenario,
 * the seed, the sampling and the batch only), once per JVM.
 */
final class SampleRows extends CarriedRows {
  private static final long serialVersionUID = 1L;

  private final List<String> metrics;
  private final Simulation.Settings settings;
  private final long from;

  SampleRows(Carried carried, List<String> metrics, Simulation.Settings settings, long from,
      LongFunction<double[]> here) {
    super(carried, here);
    this.metrics = List.copyOf(metrics);
    this.settings = settings;
    this.from = from;
  }

  @Override
  protected LongFunction<double[]> rebuild(Carried.Loaded loaded) {
    List<Metric> parsed = metrics.stream().map(Metric::parse).toList();
    Design design = Simulation.design(loaded.template(), settings);
    return k -> Simulation.row(loaded.simulator(), loaded.template(), design, parsed, from + k);
  }
}

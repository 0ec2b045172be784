package dev.stratsim.analysis.sweep;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.CarriedRows;
import dev.stratsim.batch.Metric;
import java.util.List;
import java.util.function.LongFunction;

/** A sweep's grid points as rows: row {@code i} is each metric's value at point {@code i}. */
final class PointRows extends CarriedRows {
  private static final long serialVersionUID = 1L;

  private final List<String> varies;
  private final List<String> metrics;

  PointRows(Carried carried, List<String> varies, List<String> metrics, LongFunction<double[]> here) {
    super(carried, here);
    this.varies = List.copyOf(varies);
    this.metrics = List.copyOf(metrics);
  }

  @Override
  protected LongFunction<double[]> rebuild(Carried.Loaded loaded) {
    Grid grid = new Grid(varies.stream().map(Vary::parse).toList());
    List<Metric> parsed = metrics.stream().map(Metric::parse).toList();
    return point -> Sweep.row(loaded.template(), grid, parsed, loaded.simulator(), point);
  }
}

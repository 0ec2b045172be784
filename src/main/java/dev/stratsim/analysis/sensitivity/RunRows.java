package dev.stratsim.analysis.sensitivity;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.CarriedRows;
import dev.stratsim.batch.Metric;
import dev.stratsim.engine.RuleInfo;
import java.util.List;
import java.util.function.LongFunction;

/** A tornado's runs as rows: row {@code i} is the metric in run {@code i}, one number. */
final class RunRows extends CarriedRows {
  private static final long serialVersionUID = 1L;

  private final String metric;
  private final boolean rulesToo;

  RunRows(Carried carried, String metric, boolean rulesToo, LongFunction<double[]> here) {
    super(carried, here);
    this.metric = metric;
    this.rulesToo = rulesToo;
  }

  @Override
  protected LongFunction<double[]> rebuild(Carried.Loaded loaded) {
    Metric parsed = Metric.parse(metric);
    List<RuleInfo> rules = rulesToo ? loaded.simulator().rules().rules() : List.of();
    return Tornado.rows(loaded.template(), parsed, loaded.simulator(), rules);
  }
}

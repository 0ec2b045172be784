package dev.stratsim.batch;

import java.util.function.LongFunction;

/** Rows evaluated on this machine's worker threads: the default engine. */
public record LocalEngine(int threads) implements Engine {
  @Override
  public Batch.Outcome run(long count, Rows rows, Sink sink, Progress progress, StopSignal stop) {
    LongFunction<double[]> row = rows.open();
    return new Batch(threads, progress, stop).run(count, i -> sink.put(i, row.apply(i)));
  }
}

package dev.stratsim.batch;

import java.nio.file.Path;

/**
 * Who evaluates which row: worker threads here ({@link LocalEngine}), or Spark executors. Only
 * that differs: every engine evaluates each row with the function {@link Rows#open()} gives and
 * hands the rows over by index, so a command's combining code sees the same numbers.
 */
public interface Engine {
  /** Where each evaluated row goes; called once per row, from any thread. */
  @FunctionalInterface
  interface Sink {
    void put(long index, double[] row);
  }

  /**
   * Evaluates rows 0..count-1 unless stopped, as {@link Batch#run} does: the rows done are all of
   * 0..done-1, and a failure thrown is the one of the lowest failing index, whatever the engine
   * and however it splits the work.
   */
  Batch.Outcome run(long count, Rows rows, Sink sink, Progress progress, StopSignal stop);

  /**
   * Writes the table's rows as part files into {@code folder}, an existing folder, from where the
   * rows are made (Spark's executors), never gathering them here. Only an engine that writes part
   * files has it: a local run writes one file itself.
   */
  default void writeTable(Table table, Table.Format format, Path folder) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " writes no part files");
  }
}

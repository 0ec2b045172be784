package dev.stratsim.analysis.calibrate;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs a batch of independent evaluations on several threads and hands back their results in the
 * order they were asked for, so whatever the thread count the caller sees the same list. Ctrl-C
 * stops it between evaluations: the results are then the complete first part of the batch.
 */
final class Workers {
  private final int threads;
  private final Progress progress;
  private final StopSignal stop;
  private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();

  Workers(int threads, Progress progress, StopSignal stop) {
    this.threads = threads;
    this.progress = progress;
    this.stop = stop;
  }

  /** The results of tasks 0..count-1, in order; fewer when stopped. */
  <T> List<T> map(int count, IntFunction<T> task) {
    Object[] results = new Object[count];
    Batch.Outcome outcome = new Batch(threads, progress, stop).run(count, i -> results[(int) i] = task.apply((int) i));
    done.addAndGet(outcome.done());
    List<T> finished = new ArrayList<>();
    for (Object result : Arrays.copyOf(results, (int) outcome.done())) {
      @SuppressWarnings("unchecked")
      T t = (T) result;
      finished.add(t);
    }
    return finished;
  }

  /** How many evaluations all batches so far have run. */
  long done() {
    return done.get();
  }

  boolean stopped() {
    return stop.stopped();
  }
}

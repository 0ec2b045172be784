package dev.stratsim.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs numbered tasks 0..n-1 on several threads. Tasks are handed out in order, one at a time,
 * so whatever stops a run (Ctrl-C or a failure) leaves every task below the highest one started
 * either done or failed: the first tasks form a complete prefix, and the failure reported is the
 * one of the lowest index whatever the thread count.
 */
public final class Batch {
  /**
   * The most numbers (samples or grid points, times metrics) a command keeps for its report:
   * 800 MB of them, within the default heap of a machine with 4 GB or more.
   */
  public static final long MAX_NUMBERS = 100_000_000;
  private final int threads;
  private final Progress progress;
  private final StopSignal stop;

  /** The number of tasks done, all of them from 0 up, and whether the run was stopped early. */
  public record Outcome(long done, boolean stopped) {}

  public Batch(int threads, Progress progress, StopSignal stop) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
    this.progress = progress;
    this.stop = stop;
  }

  /**
   * Runs {@code task} for every index below {@code count}, unless stopped.
   *
   * @throws RuntimeException the failure of the lowest failing index, as thrown
   */
  public Outcome run(long count, LongConsumer task) {
    AtomicLong next = new AtomicLong();
    ConcurrentSkipListMap<Long, RuntimeException> failures = new ConcurrentSkipListMap<>();
    Runnable worker = () -> {
      while (!stop.stopped() && failures.isEmpty()) {
        long i = next.getAndIncrement();
        if (i >= count) {
          return;
        }
        try {
          task.accept(i);
          progress.step();
        } catch (RuntimeException e) {
          failures.put(i, e);
        }
      }
    };
    int pool = (int) Math.max(1, Math.min(threads, count));
    ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
      Thread t = new Thread(r, "stratsim-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < pool; i++) {
        running.add(executor.submit(worker));
      }
      for (Future<?> f : running) {
        await(f);
      }
    } finally {
      executor.shutdownNow();
    }
    if (!failures.isEmpty()) {
      throw failures.firstEntry().getValue();
    }
    long done = Math.min(next.get(), count);
    return new Outcome(done, done < count);
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the workers", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside its task", e.getCause());
    }
  }
}

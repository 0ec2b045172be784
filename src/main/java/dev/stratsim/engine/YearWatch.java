package dev.stratsim.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;

/**
 * A wall-clock limit on one year of rules, for a rule that never ends (a loop in a consequence or
 * a condition). When the limit passes, the session is halted and its thread interrupted, which
 * stops rules that keep firing or wait; a consequence spinning in a loop checks neither, so after
 * a grace second its thread is stopped where the JVM still allows that (Java 17 to 19), and
 * otherwise the {@link #onUnstoppable last resort} runs: the command line prints the error and
 * exits, since nothing else can end the loop. One timer thread serves every run of the process.
 */
final class YearWatch {
  /** How long a year's rules get to end once halted and interrupted, at most. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private static final ScheduledThreadPoolExecutor TIMER = timer();
  private static volatile Consumer<String> lastResort = message -> {};

  private YearWatch() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "stratsim-year-watch");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /** What to do with the error of a rule whose thread cannot be stopped; by default nothing. */
  static void onUnstoppable(Consumer<String> handler) {
    lastResort = handler;
  }

  /**
   * Starts watching the year the current thread is about to evaluate.
   *
   * @param running the rule whose consequence is running, or null
   * @param inStack the rule a thread's stack shows it in (a condition), or null
   * @param message the error, given the rule (or null) once the limit has passed
   */
  static Watch start(KieSession session, Duration limit, java.util.function.Supplier<String> running,
      Function<StackTraceElement[], String> inStack, Function<String, String> message) {
    return new Watch(session, limit, running, inStack, message);
  }

  static final class Watch implements AutoCloseable {
    private final Thread worker = Thread.currentThread();
    private final KieSession session;
    private final java.util.function.Supplier<String> running;
    private final Function<StackTraceElement[], String> inStack;
    private final Function<String, String> message;
    private final ScheduledFuture<?> alarm;
    private final long limit;
    private boolean open = true;
    private volatile boolean expired;
    private volatile String rule;

    private Watch(KieSession session, Duration limit, java.util.function.Supplier<String> running,
        Function<StackTraceElement[], String> inStack, Function<String, String> message) {
      this.session = session;
      this.running = running;
      this.inStack = inStack;
      this.message = message;
      this.limit = limit.toNanos();
      this.alarm = TIMER.schedule(this::expire, this.limit, TimeUnit.NANOSECONDS);
    }

    /** Whether the limit passed before the year ended. */
    boolean expired() {
      return expired;
    }

    /** The rule that was running when the limit passed, or null if none could be told. */
    String rule() {
      return rule;
    }

    private void expire() {
      synchronized (this) {
        if (!open) {
          return;
        }
        String firing = running.get();
        rule = firing != null ? firing : inStack.apply(worker.getStackTrace());
        expired = true;
        // Under the lock, so that once close() has run no interrupt reaches the thread's next task.
        session.halt();
        worker.interrupt();
      }
      TIMER.schedule(this::stopWorker, Math.min(GRACE.toNanos(), limit), TimeUnit.NANOSECONDS);
    }

    @SuppressWarnings("deprecation") // Thread.stop: the one way to end a loop that checks nothing
    private void stopWorker() {
      synchronized (this) {
        if (!open) {
          return;
        }
        try {
          worker.stop();
          return;
        } catch (UnsupportedOperationException e) {
          // Java 20 and later: the thread cannot be stopped.
        }
      }
      lastResort.accept(message.apply(rule));
    }

    /** Ends the watch; on the watched thread, when the year is over, however it ended. */
    @Override
    public void close() {
      synchronized (this) {
        open = false;
      }
      alarm.cancel(false);
      if (expired) {
        Thread.interrupted();
      }
    }
  }
}

package dev.stratsim.batch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a long run to stop taking new work. On Ctrl-C the JVM runs shutdown hooks and then halts;
 * the hook here raises the signal and holds the JVM until the command has written what it
 * finished (or a time limit passes), so an interrupted run still prints its partial results.
 */
public final class StopSignal implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(30);

  private volatile boolean stopped;
  private final CountDownLatch written = new CountDownLatch(1);
  private Thread hook;

  /** A signal nothing but {@link #stop()} raises. */
  public static StopSignal manual() {
    return new StopSignal();
  }

  /** A signal that Ctrl-C (or a plain kill) raises, until {@link #close()}. */
  public static StopSignal onInterrupt() {
    StopSignal signal = new StopSignal();
    signal.hook = new Thread(() -> {
      signal.stop();
      try {
        signal.written.await(GRACE.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "stratsim-stop");
    Runtime.getRuntime().addShutdownHook(signal.hook);
    return signal;
  }

  public void stop() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }

  /** The command has written its output: an interrupted JVM may now halt. */
  @Override
  public void close() {
    written.countDown();
    if (hook != null && !stopped) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already halting; the hook lets it go once the latch is down.
      }
    }
  }
}

package dev.stratsim.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar with rate and time left, drawn on stderr only when stderr is a terminal: a log
 * file or a pipe gets nothing but the results.
 */
public final class TerminalProgress implements Progress {
  private static final int DEFAULT_WIDTH = 80;

  private final ProgressBar bar;

  private TerminalProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar for {@code total} steps, or no progress at all when quiet or not on a terminal. */
  public static Progress create(String task, long total, boolean quiet, PrintWriter err) {
    return show(quiet, stderrIsTerminal()) ? bar(task, total, err) : Progress.NONE;
  }

  static boolean show(boolean quiet, boolean terminal) {
    return !quiet && terminal;
  }

  static Progress bar(String task, long total, PrintWriter err) {
    return new TerminalProgress(new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setConsumer(new Line(err, width()))
        .setUpdateIntervalMillis(250)
        .showSpeed()
        .setSpeedUnit(ChronoUnit.SECONDS)
        .clearDisplayOnFinish()
        .build());
  }

  @Override
  public void step() {
    bar.step();
  }

  @Override
  public void close() {
    bar.close();
  }

  /**
   * Java has no isatty: on Linux, file descriptor 2 links to a terminal device; elsewhere, a
   * console means the process talks to a terminal.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  private static int width() {
    try {
      return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "")));
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }

  /** Redraws one line of the command's stderr in place. */
  private record Line(PrintWriter err, int width) implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return width - 1;
    }

    @Override
    public void accept(String rendered) {
      err.print("\r" + rendered);
      err.flush();
    }

    @Override
    public void clear() {
      err.print("\r" + " ".repeat(width - 1) + "\r");
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}

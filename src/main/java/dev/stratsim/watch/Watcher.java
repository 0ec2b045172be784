package dev.stratsim.watch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * {@code --watch}: runs a command's work once, then again whenever one of the files it reads
 * changes, until stopped (Ctrl-C, or the thread interrupted). An editor writes a file in more than
 * one step, so a change is acted on once the files have stayed as they are for one more poll.
 */
public final class Watcher {
  /** How often the files are looked at: well under the time a person takes to look back. */
  public static final Duration POLL = Duration.ofMillis(200);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final List<Path> roots;
  private final List<String> suffixes;
  private final Duration poll;

  /**
   * @param roots files and folders to watch (folders with their subfolders)
   * @param suffixes the file name endings that count (e.g. {@code .yaml}); none for every file
   */
  public Watcher(List<Path> roots, List<String> suffixes, Duration poll) {
    this.roots = List.copyOf(roots);
    this.suffixes = List.copyOf(suffixes);
    this.poll = poll;
  }

  /**
   * Runs {@code work} now and after every change, saying on {@code out} what changed, until
   * {@code stopped} says so or the thread is interrupted. {@code work} reports its own errors
   * (a rule that no longer compiles) and returns; the watch goes on.
   */
  public void run(Runnable work, PrintWriter out, BooleanSupplier stopped) {
    FileStamps seen = FileStamps.of(roots, suffixes);
    work.run();
    out.println();
    out.println("Watching " + roots.stream().map(Path::toString).collect(Collectors.joining(", "))
        + " for changes (Ctrl-C stops).");
    out.flush();
    while (!stopped.getAsBoolean()) {
      if (!sleep()) {
        return;
      }
      FileStamps now = FileStamps.of(roots, suffixes);
      if (now.changedSince(seen).isEmpty()) {
        continue;
      }
      // Settled: two polls in a row agree.
      FileStamps settled = now;
      do {
        now = settled;
        if (!sleep()) {
          return;
        }
        settled = FileStamps.of(roots, suffixes);
      } while (!settled.changedSince(now).isEmpty());
      List<Path> changed = settled.changedSince(seen);
      seen = settled;
      out.println();
      out.println("-- " + LocalTime.now().format(CLOCK) + " changed: "
          + changed.stream().map(Path::toString).collect(Collectors.joining(", ")) + " --");
      out.flush();
      work.run();
      out.flush();
    }
  }

  private boolean sleep() {
    try {
      Thread.sleep(poll.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

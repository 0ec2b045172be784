package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run --watch} and {@code check --watch} as a person uses them: start it, edit a scenario,
 * break a rule and mend it, and read what it printed each time; then stop it.
 */
class WatchTest {
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @TempDir Path dir;

  /** A command running in a thread of its own, its output readable while it runs. */
  private static final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    final Thread thread;

    Running(String... args) {
      Main.quietLogging(false);
      CommandLine command = StratsimCommand.commandLine();
      command.setOut(new PrintWriter(out, true));
      command.setErr(new PrintWriter(err, true));
      thread = new Thread(() -> exit.set(command.execute(args)), "watch-test");
      thread.start();
    }

    /** Waits until {@code text} has been printed {@code times} times on the stream. */
    void await(Supplier<String> stream, String text, int times) throws InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (count(stream.get(), text) < times) {
        assertThat(System.nanoTime()).as("waiting for %s x%d; out:%n%s%nerr:%n%s", text, times, out, err)
            .isLessThan(deadline);
        assertThat(thread.isAlive()).as("the watch ended early; out:%n%s%nerr:%n%s", out, err).isTrue();
        Thread.sleep(50);
      }
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(PATIENCE.toMillis());
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  private Path copyOf(Path from, String name) throws IOException {
    Path to = Files.createDirectories(dir.resolve(name));
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }

  /** Rewrites a file so that its time stamp changes too, however fast the file system's clock. */
  private static void rewrite(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
  }

  @Test
  void runWatchShowsWhatMovedAndKeepsWatchingThroughABrokenRule() throws Exception {
    Path rules = copyOf(Path.of("rules"), "rules");
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Files.copy(Path.of("scenarios/baseline.yaml"), scenarios.resolve("baseline.yaml"));
    Path deal = Files.copy(Path.of("scenarios/meta-scale-deal.yaml"), scenarios.resolve("meta-scale-deal.yaml"));

    try (Running watch = new Running("run", deal.toString(), "--rules", rules.toString(), "--watch")) {
      watch.await(watch.out::toString, "Watching ", 1);
      assertThat(watch.out.toString()).startsWith("meta-scale-deal: ").contains("Meta");

      rewrite(deal, Files.readString(deal).replace("stake: 0.49", "stake: 0.2"));
      // What moved is printed after the line that introduces it: wait for it, not for that line.
      watch.await(watch.out::toString, "meta-scale-deal: Meta: ", 1);
      assertThat(watch.out.toString()).contains("changed: " + deal, "Since the previous run (2029):")
          .containsPattern("meta-scale-deal: Meta: .*index \\d+\\.\\d -> \\d+\\.\\d \\([+-]\\d+\\.\\d\\)");

      Path broken = rules.resolve("broken.drl");
      rewrite(broken, Files.readString(Path.of("src/test/resources/bad-rules/syntax/broken.drl")));
      watch.await(watch.err::toString, "(still watching: fix it and save)", 1);
      assertThat(watch.err.toString()).contains("error: " + broken);

      Files.delete(broken);
      watch.await(watch.out::toString, "meta-scale-deal: Meta invests", 3);
      watch.await(watch.out::toString, "meta-scale-deal: nothing moved", 1);
      assertThat(count(watch.out.toString(), "Since the previous run (2029):")).isEqualTo(2);
    }
  }

  @Test
  void checkWatchSaysWhichChecksFlipped() throws Exception {
    Path scenarios = copyOf(Path.of("src/test/resources/ci/scenarios"), "scenarios");
    Files.delete(scenarios.resolve("simulated.yaml"));
    Files.delete(scenarios.resolve("fail.yaml"));
    Path pass = scenarios.resolve("pass.yaml");
    try (Running watch = new Running("check", scenarios.toString(), "--rules", "src/test/resources/ci/rules-tiny",
        "--watch")) {
      watch.await(watch.out::toString, "Watching ", 1);
      String first = watch.out.toString();
      assertThat(first).contains("0 failed");

      rewrite(pass, Files.readString(pass).replace("acme.data@2026 == 62", "acme.data@2026 == 63"));
      // The flips are printed after the line that introduces them: wait for the last of them.
      watch.await(watch.out::toString, "  broken pass: ", 1);
      assertThat(watch.out.toString().substring(first.length()))
          .contains("Since the previous run: 2 passed, 0 failed -> 1 passed, 1 failed")
          .contains("  broken pass: acme.data@2026 == 63");
    }
  }
}

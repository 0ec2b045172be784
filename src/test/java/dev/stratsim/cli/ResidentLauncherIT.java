package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resident process through the launcher, as a user meets it (docs/daemon.md): started beside a
 * first run in a cache folder whose path has a space, it answers the next runs with the bytes a
 * process of its own prints; a caller that reads the launcher's output through a pipe it also
 * passed as another descriptor is not kept waiting; a process killed without notice is replaced.
 */
class ResidentLauncherIT {
  private static final String RUN = "./stratsim run scenarios/meta-scale-deal.yaml";
  private static Path cache;

  @BeforeAll
  static void cacheFolder() throws IOException {
    // Short: a Unix socket path has room for about a hundred bytes.
    cache = Files.createTempDirectory("rc ").toAbsolutePath();
    // The rules compiled by the other tests, so that the first run here does not compile them again.
    Path compiled = Path.of("target", "rule-cache");
    if (Files.isDirectory(compiled)) {
      try (Stream<Path> files = Files.list(compiled)) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith("rules-")).toList()) {
          Files.copy(file, cache.resolve(file.getFileName()));
        }
      }
    }
  }

  @AfterAll
  static void stopTheProcesses() throws Exception {
    shell("./stratsim daemon stop", Map.of());
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  record Ran(int code, String out) {}

  /** Runs a shell line with the launcher's environment; fails the test after a minute instead of hanging. */
  private static Ran shell(String line, Map<String, String> more) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", line).redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = builder.environment();
    List.of("CI", "JENKINS_URL", "TEAMCITY_VERSION", "BUILD_BUILDID", "BUILDKITE", "GITLAB_CI", "STRATSIM_JAVA_OPTS",
        "STRATSIM_DAEMON").forEach(env::remove);
    env.put("STRATSIM_NO_BUILD", "1");
    env.put("STRATSIM_CACHE_DIR", cache.toString());
    env.put("STRATSIM_DAEMON_IDLE", "2");
    env.putAll(more);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ends", line).isTrue();
    return new Ran(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static boolean serving() throws IOException {
    Path sockets = cache.resolve("daemon");
    if (!Files.isDirectory(sockets)) {
      return false;
    }
    try (Stream<Path> files = Files.list(sockets)) {
      return files.anyMatch(f -> f.toString().endsWith(".sock"));
    }
  }

  private static void awaitServing() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!serving() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(serving()).as("a resident process serves within two minutes").isTrue();
  }

  /**
   * Waits until the killed process has exited (gone, or a zombie its new parent has not reaped
   * yet: its files, the socket among them, are closed either way), as the next run finds it.
   */
  private static void awaitGone(String pid) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (running(pid) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(running(pid)).as("the killed process has exited").isFalse();
  }

  private static boolean running(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid, "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException gone) {
      return false;
    }
  }

  @Test
  void theSecondRunIsAnsweredByTheResidentProcessWithTheSameBytes() throws Exception {
    // The bytes a process of its own prints, from the command line in this JVM (the rules are
    // compiled here already; PackagedJarIT holds the jar to the same bytes): the first run below
    // and the one after the kill are processes of their own too, and are held to them as well.
    Cli.Result reference = Cli.run("run", "scenarios/meta-scale-deal.yaml");
    assertThat(reference.err()).isEmpty();
    Ran alone = new Ran(reference.exitCode(), reference.out());
    // Read through $(...) with descriptor 3 on the same pipe: the background start must close it.
    Ran first = shell("out=$(" + RUN + " 3>&1); printf '%s\\n' \"$out\"", Map.of());
    awaitServing();
    Ran second = shell(RUN, Map.of());
    String status = shell("./stratsim daemon", Map.of()).out();

    assertThat(alone.code()).isZero();
    assertThat(first.code()).isZero();
    assertThat(first.out().strip()).isEqualTo(alone.out().strip());
    assertThat(second).isEqualTo(alone);
    assertThat(status).startsWith("pid ").contains("serving " + Path.of("").toRealPath());

    // Killed without notice: the next run still answers, removes the socket left behind, and a
    // new process starts beside the one after it.
    String pid = status.substring("pid ".length(), status.indexOf(','));
    new ProcessBuilder("kill", "-KILL", pid).start().waitFor();
    awaitGone(pid);
    assertThat(shell(RUN, Map.of())).isEqualTo(alone);
    assertThat(serving()).isFalse();
    assertThat(shell(RUN, Map.of())).isEqualTo(alone);
    awaitServing();
    assertThat(shell(RUN, Map.of())).isEqualTo(alone);
  }
}

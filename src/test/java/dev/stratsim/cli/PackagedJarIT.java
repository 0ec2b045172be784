package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar and the launcher script, run as a user runs them: Drools must find its wiring
 * in the shaded jar, and nothing but stratsim's own output may reach the terminal.
 */
class PackagedJarIT {

  record Run(int exitCode, String out, String err) {}

  private static Run exec(List<String> command) throws IOException, InterruptedException {
    return exec(command, Path.of("target", "it-stderr.txt"));
  }

  private static Run exec(List<String> command, Path err) throws IOException, InterruptedException {
    return exec(command, err, java.util.Map.of());
  }

  private static Run exec(List<String> command, Path err, java.util.Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("STRATSIM_NO_BUILD", "1");
    builder.environment().putAll(env);
    builder.redirectError(err.toFile());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();
    return new Run(code, out, java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/stratsim.jar"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theShadedJarRunsTheStockScenarioWithCleanOutput() throws Exception {
    Run run = exec(java("run", "scenarios/meta-scale-deal.yaml"));

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("meta-scale-deal: ").contains("Scale AI");
  }

  @Test
  void theShadedJarReportsBadInputWithoutAStackTrace() throws Exception {
    Run run = exec(java("run", "scenarios/no-such-scenario.yaml"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: scenarios/no-such-scenario.yaml").doesNotContain("\tat ");
  }

  @Test
  void aRuleThatNeverEndsIsStoppedAndTheProcessExitsNamingIt() throws Exception {
    Run run = exec(java("compare", "src/test/resources/bad-rules/tiny.yaml", "src/test/resources/bad-rules/tiny.yaml",
        "--rules", "src/test/resources/bad-rules/hang", "--year-timeout", "0.5"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXIT_RULE_FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ").contains("rule \"Data grows while the loop spins\" ran for more than"
        + " 0.5 s").doesNotContain("\tat ");
  }

  @Test
  void theLauncherStartsStraightFromABuiltJar() throws Exception {
    Run run = exec(List.of("./stratsim", "--version"));

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("stratsim ");
  }

  @Test
  void theMainJarCarriesNoSparkAndSaysSoInOneLine() throws Exception {
    Run run = exec(java("simulate", "scenarios/meta-scale-uncertain.yaml", "--samples", "10", "--engine", "spark"));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: --engine spark: Spark is not on this Java's class path; run ./stratsim"
        + " (it adds Spark for --engine spark) or spark-submit with target/stratsim-spark.jar (docs/spark.md)\n");
    try (var jar = new java.util.jar.JarFile("target/stratsim.jar")) {
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/apache/spark/"))).isEmpty();
    }
  }

  @Test
  void theLauncherRunsSparkInLocalModeWithTheLocalBytes() throws Exception {
    String[] args = {"simulate", "scenarios/meta-scale-uncertain.yaml", "--samples", "30", "--seed", "3"};
    List<String> spark = new ArrayList<>(List.of("./stratsim"));
    spark.addAll(List.of(args));
    // Parquet part files too: the launcher's class path has what Spark writes them with (snappy).
    Path samples = Path.of("target", "it-samples-parquet");
    spark.addAll(List.of("--engine", "spark", "--master", "local[2]", "--samples-out", samples.toString(),
        "--samples-format", "parquet"));
    // Options of the user's own (README): the first-tier compiler alone, as for the jar's other short
    // runs here, instead of both compilers, whose compiles of Spark's start took half of this
    // process's 13 s of CPU for a 30-sample run.
    java.util.Map<String, String> c1 = java.util.Map.of("STRATSIM_JAVA_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1");
    java.util.concurrent.CompletableFuture<Run> sparkRun = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return exec(spark, Path.of("target", "it-stderr.txt"), c1);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    // The local bytes from the command line in this JVM, while Spark starts: the packaged jar's own
    // local run is the first test's.
    Cli.Result local = Cli.run(args);
    Run run = sparkRun.join();

    assertThat(local.exitCode()).as(local.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(local.out()).contains("Monte Carlo");
    try (var parts = java.nio.file.Files.list(samples)) {
      assertThat(parts.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".snappy.parquet"));
    }
  }

  @Test
  void anInterruptedSimulationPrintsWhatItFinished() throws Exception {
    Path err = Path.of("target", "it-interrupt-stderr.txt");
    Process process = new ProcessBuilder(java("simulate", "scenarios/meta-scale-uncertain.yaml",
        "--samples", "1000000", "--quiet"))
        .redirectError(err.toFile())
        .start();
    // Linux names threads after Java's: wait until the workers have run for 0.3 s of CPU between
    // them (a few samples each: the first ten finish within 0.1 s), then stop it like Ctrl-C. CPU
    // time, not a pause: under load the workers may not run for a while, and on a quiet machine
    // two workers do not spin for a second.
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (workersCpuMillis(process.pid()) < 300 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (ignoresInterrupts(process.pid())) {
      // A build started with & in a script hands every process it starts SIGINT ignored: Ctrl-C
      // cannot reach the run, which would go on for all its million samples.
      process.destroyForcibly().waitFor();
      org.junit.jupiter.api.Assumptions.abort("SIGINT is ignored here (a build started in the background of a script)");
    }
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = process.waitFor();

    assertThat(code).isEqualTo(ExitCodes.EXIT_INTERRUPTED);
    assertThat(out).containsPattern("Monte Carlo: stopped after \\d+ of 1000000 samples \\(the same as"
        + " --samples \\d+\\)").contains("Competitor");
    assertThat(java.nio.file.Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
  }

  /** Whether the process ignores SIGINT (signal 2), as /proc says in its SigIgn mask. */
  private static boolean ignoresInterrupts(long pid) throws IOException {
    for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  /** The CPU time the process's stratsim-worker threads have used, in milliseconds (0 before they start). */
  private static long workersCpuMillis(long pid) throws IOException {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!java.nio.file.Files.isDirectory(tasks)) {
      return 0;
    }
    try (var threads = java.nio.file.Files.list(tasks)) {
      return threads.mapToLong(t -> {
        try {
          if (!java.nio.file.Files.readString(t.resolve("comm")).startsWith("stratsim-worker")) {
            return 0;
          }
          String stat = java.nio.file.Files.readString(t.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
          return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException gone) {
          return 0;
        }
      }).sum();
    }
  }
}

package dev.stratsim.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * (d) How long a command takes from the shell to its last line, through {@code ./stratsim} as a
 * user runs it: {@code --version} against {@code run} of the stock scenario as it ran before the
 * compiled-rule cache, after a rule edit (the rules compiled) and again (the rules compiled
 * before), each through the resident process (docs/daemon.md) and in a process of its own, with
 * the launcher's class-data sharing and first-tier compiler each taken away once to show what
 * they are worth. A rule edit appends a comment to a copy of the stock rules, so that their
 * content, and so their compiled form, is new. The variants take turns, so other work on the
 * machine weighs on each alike; medians of wall and CPU time (the process's user and system time;
 * a client's own, not the resident process's).
 */
final class Startup {
  private static final String SCENARIO = "scenarios/meta-scale-deal.yaml";

  /** One way of starting stratsim: its arguments, what the launcher is told, whether the rules are edited first. */
  record Variant(String label, List<String> args, Map<String, String> env, boolean editRules) {}

  /** Median wall and CPU seconds of one variant. */
  record Timing(Variant variant, double wall, double cpu) {}

  /** The variants in the order {@link #measure} returns them. */
  static final int VERSION = 0;
  static final int BEFORE_CACHE = 1;
  static final int EDIT_RESIDENT = 2;
  static final int AGAIN_RESIDENT = 3;
  static final int EDIT_ALONE = 4;
  static final int AGAIN_ALONE = 5;

  private Startup() {}

  static List<Timing> measure(int rounds) throws IOException, InterruptedException {
    Path cache = Files.createTempDirectory("stratsim-bench-cache");
    Path rules = Files.createTempDirectory("stratsim-bench-rules");
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    Map<String, String> defaults = Map.of("STRATSIM_CACHE_DIR", cache.toString());
    Map<String, String> alone = with(defaults, "STRATSIM_DAEMON", "off");
    List<String> run = List.of("run", SCENARIO, "--rules", rules.toString());
    List<Variant> variants = List.of(
        new Variant("`./stratsim --version`", List.of("--version"), defaults, false),
        new Variant("`run`, as before the cache (compiles; no class-data sharing; both compiler tiers)", run,
            Map.of("STRATSIM_CACHE_DIR", "off", "STRATSIM_JAVA_OPTS", "-XX:+UseSerialGC"), false),
        new Variant("`run` after a rule edit, through the resident process (it compiles)", run, defaults, true),
        new Variant("`run` again, through the resident process", run, defaults, false),
        new Variant("`run` after a rule edit, in a process of its own (compiles)", run, alone, true),
        new Variant("`run` again, in a process of its own (compiled rules from the cache)", run, alone, false),
        new Variant("`run` again, in a process of its own, without class-data sharing", run,
            with(alone, "STRATSIM_CDS", "off"), false),
        new Variant("`run` again, in a process of its own, both compiler tiers", run,
            with(alone, "STRATSIM_JAVA_OPTS", "-XX:+UseSerialGC"), false));
    Map<Variant, List<double[]>> times = new LinkedHashMap<>();
    int edits = 0;
    try {
      // The first use writes the class-data archive and the compiled rules and starts the resident
      // process, which warms up once that run has ended; none of it measured.
      time(variants.get(AGAIN_RESIDENT));
      time(variants.get(AGAIN_RESIDENT));
      awaitResidentProcess(cache.resolve("daemon"));
      time(variants.get(AGAIN_RESIDENT));
      for (int round = 0; round < rounds; round++) {
        for (Variant variant : variants) {
          if (variant.editRules()) {
            editRules(rules, ++edits);
          }
          times.computeIfAbsent(variant, v -> new ArrayList<>()).add(time(variant));
        }
      }
    } finally {
      stopResidentProcesses(defaults);
      delete(cache);
      delete(rules);
    }
    List<Timing> timings = new ArrayList<>();
    times.forEach((variant, runs) -> timings.add(new Timing(variant,
        median(runs.stream().mapToDouble(t -> t[0]).toArray()),
        median(runs.stream().mapToDouble(t -> t[1]).toArray()))));
    timings.forEach(t -> System.err.println("(d) " + t.variant().label() + ": "
        + String.format(Locale.ROOT, "%.2f s, %.2f s CPU", t.wall(), t.cpu())));
    return timings;
  }

  /** Appends a comment to the first rule file: new content, the same rules. */
  private static void editRules(Path rules, int edit) throws IOException {
    try (Stream<Path> files = Files.list(rules)) {
      Path first = files.filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
      Files.writeString(first, "\n// benchmark edit " + edit + "\n", java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /** Waits until the resident process serves (it warms up first), for two minutes at the most. */
  private static void awaitResidentProcess(Path sockets) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(sockets)) {
        try (Stream<Path> files = Files.list(sockets)) {
          if (files.anyMatch(f -> f.toString().endsWith(".sock"))) {
            return;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the resident process did not start within two minutes");
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void stopResidentProcesses(Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("./stratsim", "daemon", "stop").redirectOutput(
        ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("STRATSIM_NO_BUILD", "1");
    builder.environment().putAll(env);
    builder.start().waitFor();
  }

  private static Map<String, String> with(Map<String, String> env, String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(env);
    more.put(key, value);
    return more;
  }

  /**
   * Wall and CPU seconds of one start. The shell that starts the launcher reads its own children's
   * CPU time from /proc after the launcher (which execs java) has ended.
   */
  private static double[] time(Variant variant) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", "-c",
        "./stratsim \"$@\" >/dev/null; status=$?; cat /proc/$$/stat; exit $status", "sh"));
    command.addAll(variant.args());
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().remove("STRATSIM_JAVA_OPTS");
    builder.environment().put("STRATSIM_NO_BUILD", "1");
    builder.environment().merge("PATH", Path.of(System.getProperty("java.home"), "bin").toString(),
        (path, bin) -> bin + File.pathSeparator + path);
    builder.environment().putAll(variant.env());
    long start = System.nanoTime();
    Process process = builder.start();
    String stat = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int code = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(variant.label() + " exited with " + code);
    }
    // Fields 16 and 17 after the command name: the waited-for children's user and system ticks.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    double ticks = Double.parseDouble(fields[13]) + Double.parseDouble(fields[14]);
    return new double[] {wall, ticks / 100.0};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}

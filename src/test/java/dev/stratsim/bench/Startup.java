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
 * compiled-rule cache, after a rule edit (the rules compiled), and again (the rules from the
 * cache), with the launcher's class-data sharing and first-tier compiler each taken away once to
 * show what they are worth. The variants take turns, so other work on the machine weighs on each
 * alike; medians of wall and CPU time (the process's user and system time).
 */
final class Startup {
  private static final String SCENARIO = "scenarios/meta-scale-deal.yaml";

  /** One way of starting stratsim: its arguments and what the launcher is told. */
  record Variant(String label, List<String> args, Map<String, String> env, boolean dropCompiledRules) {}

  /** Median wall and CPU seconds of one variant. */
  record Timing(Variant variant, double wall, double cpu) {}

  private Startup() {}

  static List<Timing> measure(int rounds) throws IOException, InterruptedException {
    Path cache = Files.createTempDirectory("stratsim-bench-cache");
    Map<String, String> defaults = Map.of("STRATSIM_CACHE_DIR", cache.toString());
    List<String> run = List.of("run", SCENARIO);
    List<Variant> variants = List.of(
        new Variant("`./stratsim --version`", List.of("--version"), defaults, false),
        new Variant("`run`, as before the cache (compiles; no class-data sharing; both compiler tiers)", run,
            Map.of("STRATSIM_CACHE_DIR", "off", "STRATSIM_JAVA_OPTS", "-XX:+UseSerialGC"), false),
        new Variant("`run` after a rule edit (compiles)", run, defaults, true),
        new Variant("`run` again (compiled rules from the cache)", run, defaults, false),
        new Variant("`run` again, without class-data sharing", run,
            with(defaults, "STRATSIM_CDS", "off"), false),
        new Variant("`run` again, both compiler tiers", run,
            with(defaults, "STRATSIM_JAVA_OPTS", "-XX:+UseSerialGC"), false));
    // The first use writes the class-data archive and the compiled rules; not measured.
    time(variants.get(3));
    time(variants.get(3));
    Map<Variant, List<double[]>> times = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Variant variant : variants) {
        if (variant.dropCompiledRules()) {
          dropCompiledRules(cache);
        }
        times.computeIfAbsent(variant, v -> new ArrayList<>()).add(time(variant));
      }
    }
    List<Timing> timings = new ArrayList<>();
    times.forEach((variant, runs) -> timings.add(new Timing(variant,
        median(runs.stream().mapToDouble(t -> t[0]).toArray()),
        median(runs.stream().mapToDouble(t -> t[1]).toArray()))));
    timings.forEach(t -> System.err.println("(d) " + t.variant().label() + ": "
        + String.format(Locale.ROOT, "%.2f s, %.2f s CPU", t.wall(), t.cpu())));
    return timings;
  }

  private static Map<String, String> with(Map<String, String> env, String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(env);
    more.put(key, value);
    return more;
  }

  private static void dropCompiledRules(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("rules-")).toList()) {
        Files.delete(file);
      }
    }
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

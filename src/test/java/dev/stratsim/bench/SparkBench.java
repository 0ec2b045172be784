package dev.stratsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * (g) The Spark engine in local mode against local threads, the same commands through the
 * launcher one after the other, their outputs compared byte for byte; and the main jar's size and
 * start-up against a jar built before the Spark engine, when one is given.
 */
final class SparkBench {
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";
  private static final List<String> SPARK = List.of("--engine", "spark", "--master", "local[2]");

  /** What the section found, for the summary of aims. */
  record Found(double ratio, double sparkPeakMb, boolean identical, double jarChange, double startChange) {}

  static Found found;

  private SparkBench() {}

  static List<String> section(int samples, Path baselineJar) throws IOException, InterruptedException {
    List<String> out = new ArrayList<>(List.of("## (g) Spark in local mode against local threads", "",
        "Through `./stratsim`, each command on local threads (two, one per core) and then with `--engine spark"
            + " --master local[2]` (the same jar with Spark's libraries, Spark's default partitions: four per"
            + " core, more so that none holds over 1,000 rows), one after the other in this run; standard output of the two compared byte for byte."
            + " Peak memory is the process's peak resident set (VmHWM); Spark's driver and its two executor"
            + " threads share that one JVM in local mode.", "",
        "| command | engine | wall time (s) | peak memory (MiB) | heap live after GC, most (MiB) | exit | output |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |"));
    List<String[]> commands = List.of(
        new String[] {"simulate", UNCERTAIN, "--samples", Integer.toString(samples), "--quiet"},
        new String[] {"sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.05..0.95:0.05", "--vary",
            "assumptions.supplier_switch_years=0.5..4:0.5", "--quiet"},
        new String[] {"sensitivity", UNCERTAIN, "--rules-too", "--quiet"});
    // The rules compiled once into the cache, so that neither engine's first command pays for it.
    JarRun.launcher("run", "scenarios/meta-scale-deal.yaml");
    double ratio = 0;
    double peak = 0;
    boolean identical = true;
    for (String[] command : commands) {
      Path localOut = Files.createTempFile("stratsim-bench-local", ".txt");
      Path sparkOut = Files.createTempFile("stratsim-bench-spark", ".txt");
      JarRun local = JarRun.launcherTo(localOut, command);
      List<String> withSpark = new ArrayList<>(List.of(command));
      withSpark.addAll(SPARK);
      JarRun spark = JarRun.launcherTo(sparkOut, withSpark.toArray(String[]::new));
      boolean same = Arrays.equals(Files.readAllBytes(localOut), Files.readAllBytes(sparkOut));
      String sha = sha256(Files.readAllBytes(localOut)).substring(0, 12);
      identical &= same && local.exitCode() == 0 && spark.exitCode() == 0;
      String name = "`" + command[0] + "`" + (command[0].equals("simulate") ? " " + String.format(Locale.ROOT, "%,d",
          samples) + " samples" : command[0].equals("sweep") ? " of 19 x 8 points" : " --rules-too");
      out.add(row(name, "local threads", local, "sha256 " + sha));
      out.add(row(name, "spark local[2]", spark, same ? "the same bytes" : "DIFFERENT"));
      System.err.println("(g) " + command[0] + ": local " + local + ", spark " + spark + (same ? ", same" : ", DIFFERENT"));
      if (command[0].equals("simulate")) {
        ratio = spark.seconds() / local.seconds();
        peak = spark.peakMb();
      }
      Files.deleteIfExists(localOut);
      Files.deleteIfExists(sparkOut);
    }
    out.addAll(List.of("", "Spark local[2] takes **" + String.format(Locale.ROOT, "%.2f", ratio) + "** times the"
        + " wall time of local threads for " + String.format(Locale.ROOT, "%,d", samples) + " samples;"
        + (identical ? " every output is the same bytes." : " SOME OUTPUTS DIFFER.") + " Measured on "
        + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ", load average " + loadAverage() + " at the end"
        + " (other work on the machine weighs on both engines, not always alike).", ""));
    double jarChange = Double.NaN;
    double startChange = Double.NaN;
    Path jar = Path.of("target/stratsim.jar");
    if (baselineJar != null) {
      double[] after = new double[15];
      double[] before = new double[15];
      for (int i = 0; i < after.length; i++) {
        before[i] = version(baselineJar);
        after[i] = version(jar);
      }
      Arrays.sort(after);
      Arrays.sort(before);
      long size = Files.size(jar);
      long baseSize = Files.size(baselineJar);
      jarChange = (double) size / baseSize - 1;
      startChange = after[after.length / 2] / before[before.length / 2] - 1;
      out.addAll(List.of("The main jar against one built from the commit before the Spark engine (`" + baselineJar
              + "`): `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar JAR --version` (the launcher's options"
              + " for `--version`, without class-data sharing), 15 times each, the two jars taking turns; medians.",
          "", "| jar | size (bytes) | `--version` wall time (s) |", "| --- | ---: | ---: |",
          "| before | " + String.format(Locale.ROOT, "%,d", baseSize) + " | "
              + String.format(Locale.ROOT, "%.3f", before[before.length / 2]) + " |",
          "| after | " + String.format(Locale.ROOT, "%,d", size) + " | "
              + String.format(Locale.ROOT, "%.3f", after[after.length / 2]) + " |",
          "", "Size " + percent(jarChange) + ", start-up " + percent(startChange) + ".", ""));
    }
    found = new Found(ratio, peak, identical, jarChange, startChange);
    return out;
  }

  /** The one-minute load average, as /proc/loadavg gives it. */
  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.isReadable(load) ? Files.readString(load).split(" ")[0] : "unknown";
  }

  private static String percent(double change) {
    return String.format(Locale.ROOT, "%+.1f%%", 100 * change);
  }

  private static String row(String name, String engine, JarRun run, String output) {
    return "| " + name + " | " + engine + " | " + String.format(Locale.ROOT, "%.1f", run.seconds()) + " | "
        + String.format(Locale.ROOT, "%,.0f", run.peakMb()) + " | " + String.format(Locale.ROOT, "%,.0f", run.liveMb())
        + " | " + run.exitCode() + " | " + output + " |";
  }

  /** Wall seconds of one {@code --version} of {@code jar}. */
  private static double version(Path jar) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--version")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.waitFor();
    return (System.nanoTime() - start) / 1e9;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

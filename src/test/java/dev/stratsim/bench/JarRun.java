package dev.stratsim.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the packaged jar as a user would, through the {@code stratsim} launcher or with plain
 * {@code java -jar}, and watches the process's peak resident memory (Linux's VmHWM) while it
 * runs; the GC log tells how much of the heap was in use.
 *
 * @param jvm the JVM options given, beyond the GC log; empty through the launcher, which picks its own
 * @param peakMb the largest resident set the process reached, in MiB; 0 where /proc is missing
 * @param heapMb the most heap in use, live or not yet collected, in MiB
 * @param liveMb the most heap still in use after a collection: what the run really keeps
 */
record JarRun(List<String> jvm, List<String> args, double seconds, double peakMb, double heapMb, double liveMb,
    int exitCode) {
  private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** Through {@code ./stratsim}, with the JVM options the launcher chooses. */
  static JarRun launcher(String... args) throws IOException, InterruptedException {
    return run(true, List.of(), null, args);
  }

  /** Through {@code ./stratsim}, its standard output written to {@code out}. */
  static JarRun launcherTo(Path out, String... args) throws IOException, InterruptedException {
    return run(true, List.of(), out, args);
  }

  /** @param jvm options for {@code java -jar}, e.g. {@code -Xmx256m}; none for the JVM's defaults */
  static JarRun java(List<String> jvm, String... args) throws IOException, InterruptedException {
    return run(false, jvm, null, args);
  }

  private static JarRun run(boolean launcher, List<String> jvm, Path out, String... args)
      throws IOException, InterruptedException {
    Path gcLog = Files.createTempFile("stratsim-bench-gc", ".log");
    List<String> command = new ArrayList<>();
    ProcessBuilder builder = new ProcessBuilder(command);
    if (launcher) {
      // The launcher execs java, so its process is the JVM's; the GC log comes in through the
      // environment so that the launcher's own options stay as they are.
      command.add("./stratsim");
      // The launcher's own options, on the Java that runs the rest of the harness.
      builder.environment().remove("STRATSIM_JAVA_OPTS");
      builder.environment().merge("PATH", Path.of(System.getProperty("java.home"), "bin").toString(),
          (path, bin) -> bin + File.pathSeparator + path);
      builder.environment().put("STRATSIM_NO_BUILD", "1");
      builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog);
    } else {
      command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xlog:gc:file=" + gcLog));
      command.addAll(jvm);
      command.addAll(List.of("-jar", "target/stratsim.jar"));
    }
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process = builder
        .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    double peak = 0;
    while (process.isAlive()) {
      peak = Math.max(peak, highWaterMark(status));
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int exitCode = process.waitFor();
    double heap = 0;
    double live = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = COLLECTION.matcher(line);
      if (m.find()) {
        heap = Math.max(heap, Double.parseDouble(m.group(1)));
        live = Math.max(live, Double.parseDouble(m.group(2)));
      }
    }
    Files.deleteIfExists(gcLog);
    return new JarRun(jvm, List.of(args), seconds, peak, heap, live, exitCode);
  }

  /** VmHWM of a running process in MiB, or 0 once it has gone. */
  private static double highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException gone) {
      // The process ended between two reads.
    }
    return 0;
  }
}

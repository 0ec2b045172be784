package dev.stratsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the packaged jar as a user would, with the JVM's default heap, and watches the process's
 * peak resident memory (Linux's VmHWM) while it runs.
 *
 * @param peakMb the largest resident set the process reached, in MiB; 0 where /proc is missing
 */
record JarRun(List<String> args, double seconds, double peakMb, int exitCode) {

  static JarRun of(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", "target/stratsim.jar"));
    command.addAll(List.of(args));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    double peak = 0;
    while (process.isAlive()) {
      peak = Math.max(peak, highWaterMark(status));
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new JarRun(List.of(args), seconds, peak, process.waitFor());
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

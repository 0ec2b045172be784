package dev.stratsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the packaged jar for a test that only needs its output (a report to
 * open, a run to compare with a page): the launcher's collector and, as for its short commands,
 * the first-tier compiler alone, which take a second or more of CPU off each JVM the tests start.
 * PackagedJarIT runs the jar with plain {@code java -jar}, as docs/ show it.
 */
final class PackagedJar {
  private PackagedJar() {}

  static List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "target/stratsim.jar"));
    command.addAll(List.of(args));
    return command;
  }
}

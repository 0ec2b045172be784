package dev.stratsim.yaml;

import dev.stratsim.problem.Problem;
import java.nio.file.Path;

/**
 * Where a value was written: a place in a file, or a {@code --set} argument on the command line.
 *
 * @param origin the {@code --set PATH=VALUE} argument the value came from, or null for a file
 */
public record Location(Path file, int line, int column, String origin) {

  public static Location at(Path file, int line, int column) {
    return new Location(file, line, column, null);
  }

  public static Location of(String origin) {
    return new Location(null, 0, 0, origin);
  }

  /** A problem about the value here; one from {@code --set} names the argument, not a file. */
  public Problem problem(String message) {
    if (origin != null) {
      return Problem.general(origin + ": " + message);
    }
    return Problem.at(file, line, column, message);
  }
}

package dev.stratsim.problem;

import java.nio.file.Path;

/**
 * One thing wrong with the user's input, located as precisely as known.
 *
 * <p>{@code line} and {@code column} are 1-based; 0 means unknown.
 */
public record Problem(Path file, int line, int column, String message) {

  public static Problem at(Path file, int line, int column, String message) {
    return new Problem(file, line, column, message);
  }

  public static Problem inFile(Path file, String message) {
    return new Problem(file, 0, 0, message);
  }

  public static Problem general(String message) {
    return new Problem(null, 0, 0, message);
  }

  /** {@code file:line:column: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (file != null) {
      out.append(file);
      if (line > 0) {
        out.append(':').append(line);
        if (column > 0) {
          out.append(':').append(column);
        }
      }
      out.append(": ");
    }
    return out.append(message).toString();
  }
}

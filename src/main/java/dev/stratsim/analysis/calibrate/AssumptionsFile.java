package dev.stratsim.analysis.calibrate;

import dev.stratsim.numbers.Decimals;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code calibrate --write}: sets the fitted knobs' defaults in the rules' assumptions.yaml, each
 * with a {@code calibrated:} line naming the suite, its SHA-256, the date and stratsim's version.
 * The file is edited line by line, so comments, order and every other knob stay as written; it is
 * written atomically, and not at all when it changed since the fit began.
 */
public final class AssumptionsFile {
  private static final Pattern TOP_KEY = Pattern.compile("^([a-z][a-z0-9_]*):\\s*(#.*)?$");
  private static final Pattern FIELD = Pattern.compile("^(\\s+)([a-z_]+):.*$");

  private final Path file;
  private final String sha256;

  private AssumptionsFile(Path file, String sha256) {
    this.file = file;
    this.sha256 = sha256;
  }

  /** The file as it is now, remembered so a later write can tell whether it changed. */
  public static AssumptionsFile at(Path rulesDir) {
    Path file = rulesDir.resolve("assumptions.yaml");
    return new AssumptionsFile(file, sha256(read(file)));
  }

  public Path file() {
    return file;
  }

  /**
   * Writes the new defaults.
   *
   * @param values the fitted value of each knob, by name
   * @param source the {@code calibrated:} line for each of them
   * @throws InvalidInputException when the file changed since {@link #at}, or lacks a knob
   */
  public void write(Map<String, Double> values, String source) {
    String text = read(file);
    if (!sha256(text).equals(sha256)) {
      throw new InvalidInputException(Problem.inFile(file, "changed while the fit ran, so --write left it alone;"
          + " run calibrate again on the file as it is now"));
    }
    AtomicWrite.text(file, update(text, values, source));
  }

  /** The text with each named knob's {@code default:} set and its {@code calibrated:} line written. */
  static String update(String text, Map<String, Double> values, String source) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (Map.Entry<String, Double> knob : values.entrySet()) {
      int start = -1;
      for (int i = 0; i < lines.size(); i++) {
        var m = TOP_KEY.matcher(lines.get(i));
        if (m.matches() && m.group(1).equals(knob.getKey())) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        throw new InvalidInputException(Problem.general("--write: " + knob.getKey() + " is not a knob of its own"
            + " block in assumptions.yaml; set its default by hand"));
      }
      int end = start + 1;
      while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" ")
          || lines.get(end).startsWith("\t"))) {
        end++;
      }
      int defaultLine = -1;
      int calibratedLine = -1;
      String indent = "  ";
      for (int i = start + 1; i < end; i++) {
        var m = FIELD.matcher(lines.get(i));
        if (m.matches() && m.group(2).equals("default")) {
          defaultLine = i;
          indent = m.group(1);
        } else if (m.matches() && m.group(2).equals("calibrated")) {
          calibratedLine = i;
        }
      }
      if (defaultLine < 0) {
        throw new InvalidInputException(Problem.general("--write: " + knob.getKey() + " has no default: line in"
            + " assumptions.yaml to set"));
      }
      lines.set(defaultLine, indent + "default: " + Decimals.exact(knob.getValue()));
      String calibrated = indent + "calibrated: \"" + source.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      if (calibratedLine >= 0) {
        lines.set(calibratedLine, calibrated);
      } else {
        lines.add(defaultLine + 1, calibrated);
      }
    }
    return String.join("\n", lines);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.inFile(file, "cannot be read: " + e.getMessage()));
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

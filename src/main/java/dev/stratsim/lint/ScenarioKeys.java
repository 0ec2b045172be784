package dev.stratsim.lint;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each key is written in the scenario files of one lint run, so that a warning points at the
 * line that sets what it is about; each file is read once however many checks point into it.
 */
final class ScenarioKeys {
  private final Map<Path, Optional<YamlDocument>> read = new HashMap<>();

  /**
   * A problem at the line of the first of {@code paths} the scenario's file writes (such as
   * {@code deals[0].licence} or {@code actors.acme}), or at the file when it writes none of them.
   */
  Problem at(Scenario scenario, String message, String... paths) {
    Path file = scenario.file();
    YamlDocument doc = document(scenario);
    for (String path : paths) {
      Location at = doc == null ? null : doc.keys().get(path);
      if (at != null) {
        return Problem.at(file, at.line(), at.column(), message);
      }
    }
    return Problem.inFile(file, message);
  }

  /** Whether the scenario's own file writes {@code path} (not a file it extends). */
  boolean writes(Scenario scenario, String path) {
    YamlDocument doc = document(scenario);
    return doc != null && doc.keys().containsKey(path);
  }

  /** The scenario's own file as read once for this run, or null when it has none or it does not read. */
  private YamlDocument document(Scenario scenario) {
    Path file = scenario.file();
    return file == null ? null : read.computeIfAbsent(file, f -> Optional.ofNullable(parse(f))).orElse(null);
  }

  private static YamlDocument parse(Path file) {
    try {
      return YamlReader.read(file);
    } catch (InvalidInputException unreadable) {
      return null;  // the loader has reported it already
    }
  }
}

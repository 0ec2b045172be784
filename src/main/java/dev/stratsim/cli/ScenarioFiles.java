package dev.stratsim.cli;

import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario files a command works on: none given means scenarios/, and a folder without
 * scenario files is a mistake, not an empty success (see {@link Scenarios#find}).
 */
final class ScenarioFiles {
  private ScenarioFiles() {}

  static List<Path> find(List<Path> paths) {
    return Scenarios.find(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths);
  }
}

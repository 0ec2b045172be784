package dev.stratsim.cli;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The scenario files a suite command works on; none at all is a mistake, not an empty success. */
final class ScenarioFiles {
  private ScenarioFiles() {}

  static List<Path> find(List<Path> paths) {
    List<Path> given = paths.isEmpty() ? List.of(Path.of("scenarios")) : paths;
    List<Path> files = Scenarios.find(given);
    if (files.isEmpty()) {
      throw new InvalidInputException(Problem.general("no scenario files (*.yaml) in "
          + given.stream().map(Path::toString).collect(Collectors.joining(", "))
          + "; give scenario files or folders that hold them"));
    }
    return files;
  }
}

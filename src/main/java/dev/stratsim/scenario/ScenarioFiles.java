package dev.stratsim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * The scenario files a command works on: none given means scenarios/, and a folder without
 * scenario files is a mistake, not an empty success (see {@link Scenarios#find}). Here, not in
 * {@code cli}, so that the workflows below the commands find them in the order they always did.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  public static List<Path> find(List<Path> paths) {
    return Scenarios.find(paths.isEmpty() ? List.of(Path.of("scenarios")) : paths);
  }
}

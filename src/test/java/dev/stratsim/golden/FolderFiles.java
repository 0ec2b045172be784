package dev.stratsim.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a folder that tests run over (stock scenarios, rules, golden outputs), in name order. */
public final class FolderFiles {
  private FolderFiles() {}

  /** The files directly in {@code dir} whose names end in {@code ending}, sorted. */
  public static List<Path> endingIn(Path dir, String ending) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    }
  }

  /** The stock scenarios, {@code scenarios/*.yaml}: a parameter source for tests over all of them. */
  public static Stream<Path> stockScenarios() throws IOException {
    return endingIn(Path.of("scenarios"), ".yaml").stream();
  }

  /** The stock rule files, {@code rules/*.drl}. */
  public static Stream<Path> stockRules() throws IOException {
    return endingIn(Path.of("rules"), ".drl").stream();
  }
}

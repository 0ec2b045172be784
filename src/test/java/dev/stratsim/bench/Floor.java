package dev.stratsim.bench;

import dev.stratsim.engine.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor the benchmark compares against: a rule base with no rules at all. Running a scenario
 * on it inserts the same facts, opens and disposes the same sessions and fires, so what remains
 * is the cost of the engine and stratsim's own bookkeeping.
 */
final class Floor {
  private Floor() {}

  static RuleSet emptyLike(RuleSet rules) {
    try {
      Path dir = Files.createTempDirectory("stratsim-floor");
      Files.writeString(dir.resolve("empty.drl"), "package stratsim;\n");
      dir.toFile().deleteOnExit();
      dir.resolve("empty.drl").toFile().deleteOnExit();
      return RuleSet.compile(dir, rules.vocabulary());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

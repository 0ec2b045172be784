package dev.stratsim.analysis.diff;

import dev.stratsim.engine.RuleSet;
import java.nio.file.Path;

/**
 * One side of a comparison: a compiled rule set and how to name it and its files to the user.
 *
 * @param name {@code base} or {@code current}
 * @param label where the rules come from, as the user gave it: a folder, or a git revision
 * @param shownDir how the rules folder is shown in messages, e.g. {@code main:rules} for rules
 *     read from git into a temporary folder
 */
public record RuleSide(String name, String label, RuleSet rules, Path shownDir) {

  /** A file of this side's rules folder as the user knows it. */
  public Path shown(Path file) {
    Path dir = rules.dir();
    return file.startsWith(dir) ? shownDir.resolve(dir.relativize(file)) : file;
  }
}

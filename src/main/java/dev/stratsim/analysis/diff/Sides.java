package dev.stratsim.analysis.diff;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.files.FileProblems;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Loads the two sides of a diff, naming the side in every problem with its rules. */
public final class Sides {
  public static final String BASE = "base";
  public static final String CURRENT = "current";

  private Sides() {}

  public static RuleSide current(Path dir) {
    return new RuleSide(CURRENT, dir.toString(), load(CURRENT, dir, dir), dir);
  }

  public static RuleSide baseFromFolder(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(Problem.inFile(dir, Files.exists(dir) ? "is not a folder; --base-rules names a"
          + " rules folder" : Files.isSymbolicLink(dir) ? FileProblems.missing(dir)
          : "base rules folder not found" + FileProblems.orNearest(dir, "check the folder given to --base-rules")));
    }
    return new RuleSide(BASE, dir.toString(), load(BASE, dir, dir), dir);
  }

  /** The rules folder at {@code ref}, read through git into a temporary folder deleted afterwards. */
  public static RuleSide baseFromGit(String ref, Path currentDir) {
    Path temp = null;
    try {
      temp = Files.createTempDirectory("stratsim-base-rules");
      Path shown = GitRules.extract(ref, currentDir, temp);
      return new RuleSide(BASE, ref, load(BASE, temp, shown), shown);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.general("cannot create a temporary folder for the base rules: "
          + e.getMessage()));
    } finally {
      if (temp != null) {
        delete(temp);
      }
    }
  }

  /** A rule set compiled once; its problems say which side they are on and where, as the user sees it. */
  private static RuleSet load(String side, Path dir, Path shownDir) {
    try {
      return RuleSet.load(dir);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> relabel(side, p, dir, shownDir)).toList());
    }
  }

  private static Problem relabel(String side, Problem problem, Path dir, Path shownDir) {
    Path file = problem.file();
    if (file != null && file.startsWith(dir)) {
      file = shownDir.resolve(dir.relativize(file));
    }
    String message = problem.message().replace(dir.toString(), shownDir.toString());
    message = message.startsWith("rules ") ? side + " " + message : side + " rules: " + message;
    return new Problem(file, problem.line(), problem.column(), message);
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // The rules are loaded; a leftover temporary folder is the operating system's to clean.
    }
  }
}

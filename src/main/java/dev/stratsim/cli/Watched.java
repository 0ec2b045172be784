package dev.stratsim.cli;

import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.watch.Moved;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** What {@code run --watch} and {@code check --watch} share: the files watched and how a failed run reads. */
final class Watched {
  /** Rule and scenario files; editors' backup and swap files are not changes. */
  static final List<String> SUFFIXES = List.of(".drl", ".yaml", ".yml");

  private Watched() {}

  /**
   * The rules folder, and each scenario folder given or the folder a scenario file is in: a
   * scenario may extend a neighbour, and a new file in a folder given is a new scenario.
   */
  static List<Path> roots(Path rules, List<Path> scenarios) {
    LinkedHashSet<Path> roots = new LinkedHashSet<>();
    roots.add(rules);
    for (Path scenario : scenarios) {
      if (Files.isDirectory(scenario)) {
        roots.add(scenario);
      } else {
        roots.add(scenario.getParent() == null ? Path.of(".") : scenario.getParent());
      }
    }
    return new ArrayList<>(roots);
  }

  /**
   * Runs one round of the watched work; input that no longer loads or compiles, or a rule that
   * fails, is reported as the command would report it, and the watch goes on.
   */
  static Runnable reporting(PrintWriter err, Runnable work) {
    return () -> {
      try {
        work.run();
      } catch (InvalidInputException invalid) {
        invalid.problems().forEach(p -> err.println("error: " + p));
        err.println("(still watching: fix it and save)");
      } catch (RuleFailureException failure) {
        err.println("error: " + failure.getMessage());
        err.println("(still watching: fix it and save)");
      }
      err.flush();
    };
  }

  /** What moved in each scenario since its previous run, in the year shown. */
  static void moved(List<Projection> projections, Map<Path, Projection> previous, Integer year,
      Vocabulary vocabulary, PrintWriter out) {
    boolean first = true;
    for (Projection now : projections) {
      Projection before = previous.get(now.scenario().file());
      if (before == null) {
        continue;
      }
      int shown = year != null ? year : now.last().year();
      List<String> lines = Moved.between(before, now, shown, vocabulary);
      if (first) {
        out.println();
        out.println("Since the previous run (" + shown + "):");
        first = false;
      }
      if (lines.isEmpty()) {
        out.println("  " + now.scenario().id() + ": nothing moved");
      } else {
        lines.forEach(line -> out.println("  " + now.scenario().id() + ": " + line));
      }
    }
    out.flush();
  }
}

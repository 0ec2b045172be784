package dev.stratsim.analysis.compare;

import dev.stratsim.analysis.WhatIf;
import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code compare} workflow in one call: scenarios loaded, each run once, set side by side. */
public final class Comparisons {
  private Comparisons() {}

  /**
   * @param against the scenario the others are compared with, added first when not among them
   *     (null: the first)
   * @param year the year compared (null: the last of the {@code against} scenario)
   */
  public static Comparison compare(WhatIf whatIf, List<Path> scenarios, Path against, Integer year) {
    List<Path> files = new ArrayList<>(scenarios);
    int baseline = 0;
    if (against != null) {
      baseline = files.stream().map(Comparisons::normal).toList().indexOf(normal(against));
      if (baseline < 0) {
        files.add(0, against);
        baseline = 0;
      }
    }
    Vocabulary vocabulary = whatIf.vocabulary();
    List<Scenario> loaded = Scenarios.loadAll(vocabulary, files, whatIf.sets(vocabulary));
    int at = year == null ? loaded.get(baseline).period().end() : year;
    checkYear(loaded, at);
    whatIf.notes().loaded(vocabulary, loaded);
    RuleSet rules = whatIf.ruleSet();
    Simulator simulator = whatIf.simulator(rules);
    Projection[] runs = new Projection[loaded.size()];
    new Batch(whatIf.threads(), Progress.NONE, StopSignal.manual())
        .run(runs.length, i -> runs[(int) i] = simulator.run(loaded.get((int) i)));
    return new Comparison(Arrays.asList(runs), baseline, at, rules.vocabulary().pillars());
  }

  private static void checkYear(List<Scenario> loaded, int year) {
    List<Problem> problems = loaded.stream().filter(s -> !s.period().contains(year))
        .map(s -> Problem.general("--year " + year + " is outside the period "
            + s.period().start() + "-" + s.period().end() + " of " + s.file()
            + "; choose a year every scenario covers"))
        .toList();
    InvalidInputException.throwIfAny(problems);
  }

  private static Path normal(Path file) {
    return file.toAbsolutePath().normalize();
  }
}

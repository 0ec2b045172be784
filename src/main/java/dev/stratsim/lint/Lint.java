package dev.stratsim.lint;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioFiles;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code lint} workflow in one call: the rules compiled, every scenario loaded and run once, the rules judged. */
public final class Lint {
  private Lint() {}

  /**
   * @param paths scenario files or folders (none: scenarios/)
   * @param strict whether warnings count as errors
   */
  public static LintReport run(Path rules, List<Path> paths, boolean strict) {
    RuleSet ruleSet = RuleSet.load(rules);
    if (ruleSet.rules().isEmpty()) {
      // As check refuses a folder without scenarios: nothing to lint is a mistake, not a clean bill.
      throw new InvalidInputException(Problem.inFile(rules, "is a rules folder whose .drl files hold no rule;"
          + " write rules in them or give the rules folder with --rules"));
    }
    List<Path> files = ScenarioFiles.find(paths);
    List<Problem> problems = new ArrayList<>();
    List<Scenario> loaded = new ArrayList<>();
    for (Path file : files) {
      try {
        List<Scenario> one = Scenarios.loadAll(ruleSet.vocabulary(), List.of(file), List.of());
        problems.addAll(Expectations.unknownRules(one, ruleSet));
        loaded.addAll(one);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    // Each scenario run once, so that a check naming an actor, metric or year the run does not
    // have (the customers of a competitor, say, which only a supplier counts) is a mistake here
    // rather than a failed check later.
    if (problems.isEmpty()) {
      Simulator simulator = new Simulator(ruleSet);
      loaded.forEach(s -> problems.addAll(Expectations.unevaluable(simulator.run(s))));
    }
    // A scenario that did not load has unknown roles; judging the rules by the others would mislead.
    List<Problem> warnings = RuleChecks.warnings(ruleSet, problems.isEmpty() ? loaded : List.of());
    if (strict) {
      problems.addAll(warnings);
      warnings = List.of();
    }
    return new LintReport(ruleSet.rules().size(), files.size(), problems, warnings);
  }
}

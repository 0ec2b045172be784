package dev.stratsim.analysis.run;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.lint.RuleChecks;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioFiles;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The {@code run} workflow in one call: the scenarios loaded (each at its centre, or as Monte
 * Carlo sample {@code sample} drew it), the rules compiled, each scenario projected once. The
 * command prints the {@link RunResult}; {@code --watch} calls this again on every change.
 *
 * @param sets the {@code --set} overrides
 * @param year the year shown, checked against every scenario's period (null: each one's last)
 * @param sample the Monte Carlo sample to run (null: the central values), drawn with {@code seed}
 */
public record ProjectionRun(Path rules, List<String> sets, Duration yearTimeout, Integer year, Long sample,
    long seed) {

  /** What the command says on stderr along the way, before the rules run. */
  public interface Notes {
    /** The scenarios are loaded and their year checked; the rules are not compiled yet. */
    void loaded(Vocabulary vocabulary, List<ScenarioTemplate> templates);

    /** Roles the scenarios use that the rules do not declare, each once. */
    void warnings(List<Problem> warnings);
  }

  /**
   * @param scenarios scenario files or folders
   */
  public RunResult run(List<Path> scenarios, Notes notes) {
    RuleSet.warm(rules);
    // Arguments and scenarios first: they are checked in milliseconds, the rules compile in seconds.
    List<Path> files = ScenarioFiles.find(scenarios);
    Vocabulary vocabulary = RuleSet.vocabulary(rules);
    List<ScenarioTemplate> templates = Scenarios.templates(vocabulary, files, sets);
    List<Scenario> loaded = templates.stream()
        .map(t -> sample == null ? t.central() : t.sample(seed, sample))
        .toList();
    checkYear(loaded);
    notes.loaded(vocabulary, templates);
    RuleSet ruleSet = RuleSet.load(rules);
    List<Problem> unknownRules = Expectations.unknownRules(loaded, ruleSet);
    if (!unknownRules.isEmpty()) {
      throw new InvalidInputException(unknownRules);
    }
    notes.warnings(RuleChecks.undeclaredRoles(ruleSet, loaded).stream().distinct().toList());
    Simulator simulator = new Simulator(ruleSet, yearTimeout);
    return new RunResult(loaded.stream().map(simulator::run).toList(), ruleSet.vocabulary());
  }

  private void checkYear(List<Scenario> loaded) {
    if (year == null) {
      return;
    }
    List<Problem> problems = loaded.stream()
        .filter(s -> !s.period().contains(year))
        .map(s -> Problem.general("--year " + year + " is outside the period " + s.period().start() + "-"
            + s.period().end() + " of " + s.file() + "; choose a year in that period"))
        .toList();
    InvalidInputException.throwIfAny(problems);
  }
}

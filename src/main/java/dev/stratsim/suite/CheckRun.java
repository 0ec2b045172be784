package dev.stratsim.suite;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.ScenarioFiles;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The {@code check} workflow in one call: the suite loaded, its rules compiled, every scenario
 * run and checked ({@link CheckSuite}), the JUnit XML written when asked for. The command checks
 * its options first and prints the {@link CheckReport} it returns.
 *
 * @param paths scenario files or folders (none: scenarios/)
 * @param minCoverage the share of rules that must fire somewhere in the suite, or null
 * @param minFollowed the share of {@code followed:} entries that must hold, or null for the default
 * @param minHeld the share of all entries that must hold together, or null
 * @param junit where the JUnit XML goes, or null
 * @param force whether {@code junit} may replace a file stratsim did not write
 */
public record CheckRun(Path rules, List<Path> paths, boolean coverage, Double minCoverage, Double minFollowed,
    Double minHeld, Path junit, boolean force, Duration yearTimeout) {

  public CheckReport run() {
    List<Path> files = ScenarioFiles.find(paths);
    RuleSet.warm(rules);
    // Scenarios first: a mistake in them is reported before the rules are compiled.
    List<ScenarioTemplate> loaded = Scenarios.templates(RuleSet.vocabulary(rules), files, List.of());
    RuleSet ruleSet = RuleSet.load(rules);
    List<Problem> unknownRules =
        Expectations.unknownRules(loaded.stream().map(ScenarioTemplate::central).toList(), ruleSet);
    if (!unknownRules.isEmpty()) {
      throw new InvalidInputException(unknownRules);
    }
    CheckReport report = CheckSuite.run(ruleSet, loaded, coverage, optional(minCoverage),
        minFollowed == null ? FollowedShare.DEFAULT_MINIMUM : minFollowed, optional(minHeld),
        Runtime.getRuntime().availableProcessors(), yearTimeout);
    if (junit != null) {
      JUnitXml.write(report, junit, force);
    }
    return report;
  }

  private static OptionalDouble optional(Double ratio) {
    return ratio == null ? OptionalDouble.empty() : OptionalDouble.of(ratio);
  }
}

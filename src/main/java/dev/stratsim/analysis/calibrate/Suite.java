package dev.stratsim.analysis.calibrate;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Expectation;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scenarios a calibration fits to, one case per file: a file is the unit of cross-validation,
 * so a file that holds two deals (windsurf-2025.yaml) is left out whole. Scenarios with
 * distributions take part with every distribution at its central value, as {@code check} runs them.
 *
 * @param paths the files and folders as given, for the report
 * @param sha256 of the scenarios' fingerprints in file order: any change of a value in any of
 *     them changes it
 */
public record Suite(List<Path> paths, List<Case> cases, String sha256) {

  /** One scenario file with the checks it contributes, {@code expect:} entries first. */
  public record Case(Path file, Scenario scenario, List<Check> checks) {
    public String id() {
      return scenario.id();
    }
  }

  public Suite {
    paths = List.copyOf(paths);
    cases = List.copyOf(cases);
  }

  /**
   * @throws InvalidInputException for a scenario that does not load, a check naming no rule, or a
   *     suite without a single {@code expect:} or {@code followed:} entry
   */
  public static Suite load(RuleSet rules, List<Path> paths, List<Path> files) {
    List<Scenario> scenarios = Scenarios.loadAll(rules.vocabulary(), files, List.of());
    List<Problem> unknownRules = Expectations.unknownRules(scenarios, rules);
    if (!unknownRules.isEmpty()) {
      throw new InvalidInputException(unknownRules);
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Scenario scenario = scenarios.get(i);
      List<Check> checks = new ArrayList<>();
      scenario.expectations().forEach(e -> checks.add(check(Check.EXPECT, e)));
      scenario.followed().forEach(e -> checks.add(check(Check.FOLLOWED, e)));
      cases.add(new Case(files.get(i), scenario, List.copyOf(checks)));
    }
    if (cases.stream().allMatch(c -> c.checks().isEmpty())) {
      throw new InvalidInputException(Problem.general("the suite " + paths.stream().map(Path::toString)
          .collect(Collectors.joining(", ")) + " has no expect: or followed: entries, so there is nothing to fit"
          + " the knobs to; give scenarios that state what should hold (docs/calibration.md)"));
    }
    return new Suite(paths, cases, fingerprint(scenarios));
  }

  private static Check check(String kind, Expectation entry) {
    return new Check(kind, entry, ExpressionParser.parseCheck(entry.text()));
  }

  private static String fingerprint(List<Scenario> scenarios) {
    StringBuilder text = new StringBuilder();
    scenarios.forEach(s -> text.append(s.id()).append(' ').append(s.sha256()).append('\n'));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public int checkCount() {
    return cases.stream().mapToInt(c -> c.checks().size()).sum();
  }

  /** The suite's paths as the command line gave them. */
  public String describe() {
    return paths.stream().map(Path::toString).collect(Collectors.joining(" "));
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command does before its rules are compiled: a mistake in the arguments or a scenario is
 * reported without the compile, and --cache-dir says where compiled rules are kept.
 */
class StartupTest {
  /** The stock rules with one more DRL file, which does not compile. */
  @TempDir static Path brokenRules;
  private static String BROKEN;
  /** A small rules folder (two DRL files) and its scenario, for what any rules show alike. */
  private static final Path TINY_RULES = Path.of("src/test/resources/ci/rules-tiny");
  private static final String TINY_SCENARIO = "src/test/resources/ci/scenarios/pass.yaml";
  private final Path before = RuleCache.directory().orElse(null);

  @BeforeAll
  static void stockRulesAndABrokenFile() throws IOException {
    copyStockRules(brokenRules);
    Files.copy(Path.of("src/test/resources/bad-rules/syntax/broken.drl"), brokenRules.resolve("broken.drl"));
    BROKEN = brokenRules.toString();
  }

  private static void copyStockRules(Path into) throws IOException {
    copyRules(Path.of("rules"), into);
  }

  private static void copyRules(Path from, Path into) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, into.resolve(file.getFileName()));
      }
    }
  }

  @AfterEach
  void restore() {
    RuleCache.useDirectory(before);
  }

  @Test
  void aMissingScenarioIsReportedBeforeTheRulesAreCompiled() {
    Cli.Result result = Cli.run("run", "scenarios/no-such.yaml", "--rules", BROKEN);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: scenarios/no-such.yaml: no such file or folder; check the path\n");
  }

  @Test
  void aBadSetIsReportedBeforeTheRulesAreCompiled() {
    for (String command : new String[] {"run", "simulate", "compare", "sweep", "sensitivity"}) {
      Cli.Result result = switch (command) {
        case "sweep" -> Cli.run(command, "scenarios/meta-scale-deal.yaml", "--rules", BROKEN,
            "--set", "deals[0].stake=7", "--vary", "assumptions.supplier_switch_years=1,2");
        case "simulate" -> Cli.run(command, "scenarios/meta-scale-deal.yaml", "--rules", BROKEN,
            "--set", "deals[0].stake=7", "--samples", "10");
        default -> Cli.run(command, "scenarios/meta-scale-deal.yaml", "--rules", BROKEN, "--set", "deals[0].stake=7");
      };

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
      assertThat(result.err()).as(command).contains("deals[0].stake").doesNotContain("broken.drl");
    }
  }

  @Test
  void checkAndReportReportABadScenarioBeforeTheRulesAreCompiled() {
    Cli.Result result = Cli.run("check", "src/test/resources/bad-input/deal-outside-period.yaml", "--rules", BROKEN);
    Cli.Result report = Cli.run("report", "src/test/resources/bad-input/deal-outside-period.yaml", "--rules", BROKEN,
        "--out", brokenRules.resolve("out").toString());

    assertThat(report.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(report.err()).contains("deal-outside-period.yaml").doesNotContain("broken.drl");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).doesNotContain("broken.drl");
  }

  /** The small rules with the broken file: the stock rules with it took a second of CPU to compile. */
  @Test
  void theRulesAreStillCompiledAndTheirErrorsReportedWhenTheScenariosAreFine(@TempDir Path rules) throws IOException {
    copyRules(TINY_RULES, rules);
    Files.copy(Path.of("src/test/resources/bad-rules/syntax/broken.drl"), rules.resolve("broken.drl"));

    Cli.Result result = Cli.run("run", TINY_SCENARIO, "--rules", rules.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).contains("broken.drl");
  }

  @Test
  void cacheDirKeepsTheCompiledRulesThere(@TempDir Path cache, @TempDir Path rules) throws IOException {
    // The small rules: any compiled rules are kept the same way, and the stock rules' compile took
    // a second of CPU here.
    copyRules(TINY_RULES, rules);
    // Content no other test compiled, so this process has not got it compiled already.
    Files.writeString(rules.resolve("growth.drl"), "\n// " + System.nanoTime() + "\n", StandardOpenOption.APPEND);

    Cli.Result result = Cli.run("run", TINY_SCENARIO, "--rules", rules.toString(), "--cache-dir", cache.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (Stream<Path> kept = Files.list(cache)) {
      // The compiled rules, and where each rule is declared.
      assertThat(kept.map(p -> p.getFileName().toString()).sorted().map(name -> name.replaceAll("[0-9a-f]{40}", "KEY")))
          .containsExactly("rules-KEY.bin", "rules-KEY.where");
    }
  }
}

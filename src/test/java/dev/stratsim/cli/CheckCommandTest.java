package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} on a tiny rule set in which "Robotaxis gain hardware" can never fire. */
class CheckCommandTest {
  static final String TINY = "src/test/resources/ci/rules-tiny";
  static final String SCENARIOS = "src/test/resources/ci/scenarios";
  static final String PASS = SCENARIOS + "/pass.yaml";
  static final String FAIL = SCENARIOS + "/fail.yaml";
  static final String SIMULATED = SCENARIOS + "/simulated.yaml";
  /** On the stock rules: what followed a stake in a shared supplier, and the market without it. */
  static final String FOLLOWED = "src/test/resources/ci/followed";
  static final String FOLLOWED_DEAL = FOLLOWED + "/deal.yaml";
  static final String FOLLOWED_NO_DEAL = FOLLOWED + "/no-deal.yaml";

  @Test
  void whenEveryExpectationHoldsItSaysSoAndExitsZero() {
    Cli.Result result = Cli.run("check", "--rules", TINY, PASS);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("2 passed, 0 failed (1 scenario)\n");
  }

  @Test
  void aFailureIsOneLineWithTheFileTheExpressionAndWhatItSaw() {
    Cli.Result result = Cli.run("check", "--rules", TINY, FAIL, PASS);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(
        "FAIL  " + FAIL + ":7:5: acme.rank@2026 <= 1: acme.rank@2026 was 2\n"
            + "\n"
            + "4 passed, 1 failed (2 scenarios)\n");
  }

  @Test
  void anExpectationThatDoesNotParseIsInvalidInputNamingFileAndLine() {
    Cli.Result result = Cli.run("check", "--rules", TINY, "src/test/resources/ci/bad/bad-expectation.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: src/test/resources/ci/bad/bad-expectation.yaml:6:22: expect[0] does"
        + " not parse: expected a number or metric path after '<=' in \"acme.rank@2026 <=\"\n");
  }

  @Test
  void coverageListsEachRuleFileAndTheRuleThatNeverFired() {
    Cli.Result result = Cli.run("check", "--rules", TINY, PASS, "--coverage");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.out()).isEqualTo("""
        Rule coverage: 5 of 6 rules fired (83.3%)
          Rule file                                      Fired  Rules  Coverage
          src/test/resources/ci/rules-tiny/growth.drl        2      3     66.7%
          src/test/resources/ci/rules-tiny/position.drl      3      3    100.0%
        Never fired
          src/test/resources/ci/rules-tiny/growth.drl:16  Robotaxis gain hardware

        2 passed, 0 failed (1 scenario)
        """);
  }

  @ParameterizedTest(name = "--min-coverage {0} exits {1}")
  @CsvSource({"0.9, 1", "0.84, 1", "0.83, 0", "0, 0"})
  void minCoverageFailsBelowTheRatioAndNamesTheRulesNeverFired(String minimum, int exitCode) {
    Cli.Result result = Cli.run("check", "--rules", TINY, PASS, "--min-coverage", minimum);

    assertThat(result.exitCode()).isEqualTo(exitCode);
    if (exitCode == ExitCodes.EXIT_EXPECTATIONS_FAILED) {
      assertThat(result.out()).contains("Rule coverage 83.3% is below the minimum ")
          .contains("src/test/resources/ci/rules-tiny/growth.drl:16  Robotaxis gain hardware")
          .endsWith("2 passed, 0 failed (1 scenario)\n");
    } else {
      assertThat(result.out()).contains(" meets the minimum ").doesNotContain("Robotaxis");
    }
  }

  @ParameterizedTest
  @CsvSource({"1.5", "-0.1", "NaN"})
  void minCoverageMustBeARatio(String minimum) {
    Cli.Result result = Cli.run("check", "--rules", TINY, PASS, "--min-coverage", minimum);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: --min-coverage must be a ratio between 0 and 1, e.g. 0.9, not ");
  }

  @Test
  void aFolderWithoutScenariosIsInvalidInput(@TempDir Path empty) {
    Cli.Result result = Cli.run("check", "--rules", TINY, empty.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: " + empty + ": is a folder with no scenario files (*.yaml) in it;"
        + " give scenario files or folders that hold them\n");
  }

  @Test
  void aStatisticalCheckThatFailsSaysWhatTheSamplesGave() {
    Cli.Result result = Cli.run("check", "--rules", TINY, SIMULATED);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("FAIL  " + SIMULATED + ":14:7: mean(acme.data@2026) >= 80:"
        + " mean(acme.data@2026) was 77.18 (200 samples, seed 7)\n\n3 passed, 1 failed (1 scenario)\n");
  }

  @Test
  void statisticalChecksGiveTheSameReportForTheSameSeedAndOtherValuesForAnother(@TempDir Path dir)
      throws IOException {
    Path reseeded = Files.writeString(dir.resolve("reseeded.yaml"), Files.readString(Path.of(SIMULATED))
        .replace("seed: 7", "seed: 8"));

    Cli.Result first = Cli.run("check", "--rules", TINY, SIMULATED, "--format", "json");
    Cli.Result again = Cli.run("check", "--rules", TINY, SIMULATED, "--format", "json");
    Cli.Result other = Cli.run("check", "--rules", TINY, reseeded.toString());

    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).startsWith("FAIL  " + reseeded + ":14:7: mean(acme.data@2026) >= 80:"
        + " mean(acme.data@2026) was ").endsWith(" (200 samples, seed 8)\n\n3 passed, 1 failed (1 scenario)\n")
        .doesNotContain("was 77.18");
  }

  @Test
  void aStatisticalCheckThatDoesNotParseIsInvalidInputNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("typo.yaml"), Files.readString(Path.of(SIMULATED))
        .replace("mean(acme.data@2026)", "mean(acme.dat@2026)"));

    Cli.Result result = Cli.run("check", "--rules", TINY, file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: " + file + ":14:7: expect_simulated.checks[2]"
        + " (\"mean(acme.dat@2026) >= 80\") reads acme.dat@2026, but acme has no metric 'dat'; did you mean"
        + " 'data'?\n");
  }

  @Test
  void aStatisticalCheckNamingNoRuleIsInvalidInput(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("rule.yaml"), Files.readString(Path.of(SIMULATED))
        .replace("mean(acme.data@2026) >= 80", "P(fired(\\\"Data grow every year\\\")) == 1"));

    Cli.Result result = Cli.run("check", "--rules", TINY, file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: " + file + ":14:7: fired(\"Data grow every year\") names no rule")
        .endsWith("; did you mean 'Data grows every year'?\n");
  }

  @Test
  void jsonHasEveryCheckTheSummaryAndTheCoverage() throws Exception {
    Cli.Result result = Cli.run("check", "--rules", TINY, SCENARIOS, "--format", "json", "--min-coverage", "0.9");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.at("/summary").toString())
        .isEqualTo("{\"scenarios\":3,\"passed\":7,\"failed\":2,\"succeeded\":false}");
    JsonNode failed = json.at("/scenarios/0/checks/0");
    assertThat(json.at("/scenarios/0/file").asText()).isEqualTo(FAIL);
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("detail").asText()).isEqualTo("acme.rank@2026 <= 1: acme.rank@2026 was 2");
    assertThat(failed.get("line").asInt()).isEqualTo(7);
    JsonNode simulated = json.at("/scenarios/2");
    assertThat(simulated.at("/expect_simulated").toString()).isEqualTo("{\"samples\":200,\"seed\":7}");
    assertThat(simulated.at("/checks/1").toString()).isEqualTo("{\"kind\":\"expect_simulated\","
        + "\"expect\":\"P(acme.rank@2026 == 1) >= 0.4\",\"status\":\"passed\",\"detail\":\"P(acme.rank@2026 == 1)"
        + " >= 0.4: P(acme.rank@2026 == 1) was 0.5 (200 samples, seed 7)\",\"line\":12,\"column\":7}");
    assertThat(simulated.at("/checks/3/status").asText()).isEqualTo("failed");
    assertThat(json.at("/coverage/fired").asInt()).isEqualTo(5);
    assertThat(json.at("/coverage/total").asInt()).isEqualTo(6);
    assertThat(json.at("/coverage/meets_minimum").asBoolean()).isFalse();
    assertThat(json.at("/coverage/never_fired").toString()).isEqualTo("[\"Robotaxis gain hardware\"]");
    assertThat(json.at("/coverage/files/0/rules/1/scenarios").asInt()).isZero();
    assertThat(json.at("/coverage/files/0/rules/0/scenarios").asInt()).isEqualTo(3);
  }

  @Test
  void markdownIsAJobSummary() {
    Cli.Result result = Cli.run("check", "--rules", TINY, SCENARIOS, "--format", "markdown", "--coverage");

    assertThat(result.out())
        .startsWith("## stratsim check: 7 passed, 2 failed\n")
        .contains("| `" + FAIL + "` | 2 | 1 |")
        .contains("| `" + SIMULATED + "` | 3 | 1 |")
        .contains("- **FAIL** `" + FAIL + ":7:5` `acme.rank@2026 <= 1: acme.rank@2026 was 2`")
        .contains("- **FAIL** `" + SIMULATED + ":14:7` `mean(acme.data@2026) >= 80: mean(acme.data@2026) was 77.18 (200 samples, seed 7)`")
        .contains("### Rule coverage: 5 of 6 rules fired (83.3%)")
        .contains("- `src/test/resources/ci/rules-tiny/growth.drl:16` Robotaxis gain hardware");
  }

  @Test
  void whatFollowedIsCountedAndWhatDidNotHoldIsListed() {
    Cli.Result result = Cli.run("check", FOLLOWED);

    assertThat(result.exitCode()).as("4 of 6 is below the default 80%").isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("Followed entries that did not hold\n  " + FOLLOWED_DEAL + ":20:5: meta.rank@2027 == 1:"
            + " meta.rank@2027 was ")
        .contains("\n  " + FOLLOWED_NO_DEAL + ":14:5: meta.data@2027 > meta.data@start: meta.data@2027 was 62,"
            + " meta.data@start was 62\n\n")
        .endsWith("What followed: 4 of 6 held (67%), 2 of them only with the deals; below the minimum of 80%\n"
            + "2 passed, 0 failed (2 scenarios)\n");
  }

  @Test
  void aScenarioWithoutDealsHasNoCountOfWhatHeldOnlyWithThem() {
    Cli.Result result = Cli.run("check", FOLLOWED_NO_DEAL, "--min-followed", "0.5");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.out()).endsWith("What followed: 1 of 2 held (50%); at least 50% must hold\n"
        + "1 passed, 0 failed (1 scenario)\n");
  }

  @ParameterizedTest(name = "--min-followed {0} exits {1}")
  @CsvSource({"0.8, 1", "0.67, 1", "0.66, 0", "0, 0"})
  void minFollowedFailsBelowTheRatio(String minimum, int exitCode) {
    Cli.Result result = Cli.run("check", FOLLOWED, "--min-followed", minimum);

    assertThat(result.exitCode()).isEqualTo(exitCode);
    assertThat(result.out()).contains(exitCode == 0 ? "; at least " : "; below the minimum of ");
  }

  @ParameterizedTest
  @CsvSource({"1.5", "-0.1", "NaN"})
  void minFollowedMustBeARatio(String minimum) {
    Cli.Result result = Cli.run("check", FOLLOWED, "--min-followed", minimum);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: --min-followed must be a ratio between 0 and 1, e.g. 0.8, not "
        + Double.valueOf(minimum) + "\n");
  }

  @Test
  void aFollowedEntryNamingNoRuleIsInvalidInput(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("rule.yaml"), Files.readString(Path.of(PASS))
        + "followed:\n  - {check: fired(\"Data grow every year\"), source: test}\n");

    Cli.Result result = Cli.run("check", "--rules", TINY, file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: " + file + ":10:13: fired(\"Data grow every year\") names no rule")
        .endsWith("; did you mean 'Data grows every year'?\n");
  }

  @Test
  void jsonHasWhatFollowedPerEntryAndForTheSuite() throws Exception {
    Cli.Result result = Cli.run("check", FOLLOWED, "--format", "json");

    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.at("/followed").toString()).isEqualTo("{\"held\":4,\"total\":6,\"ratio\":0.6667,"
        + "\"only_with_deals\":2,\"minimum\":0.8,\"meets_minimum\":false}");
    assertThat(json.at("/summary/succeeded").asBoolean()).isFalse();
    assertThat(json.at("/scenarios/0/checks/0/sources").toString())
        .isEqualTo("[\"test: the deal is what lifts Meta's data\"]");
    assertThat(json.at("/scenarios/1/checks/0").has("sources")).isFalse();
    JsonNode first = json.at("/scenarios/0/followed/0");
    assertThat(first.get("check").asText()).isEqualTo("meta.data@2027 > meta.data@start");
    assertThat(first.get("sources").toString()).isEqualTo("[\"test: Meta's data rose after the deal\"]");
    assertThat(first.get("held").asBoolean()).isTrue();
    assertThat(first.get("held_without_deals").asBoolean()).isFalse();
    assertThat(first.get("only_with_deals").asBoolean()).isTrue();
    assertThat(first.get("line").asInt()).isEqualTo(17);
    assertThat(json.at("/scenarios/0/followed/1/only_with_deals").asBoolean()).as("Google leads either way").isFalse();
    assertThat(json.at("/scenarios/1/followed/0/held_without_deals").isNull()).isTrue();
    assertThat(json.at("/scenarios/1/followed/1/detail").asText())
        .isEqualTo("meta.data@2027 > meta.data@start: meta.data@2027 was 62, meta.data@start was 62");
  }

  @Test
  void withoutFollowedEntriesTheJsonIsAsBefore() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Cli.run("check", "--rules", TINY, PASS, "--format", "json").out());

    assertThat(json.has("followed")).isFalse();
    assertThat(json.at("/scenarios/0").has("followed")).isFalse();
  }

  @Test
  void markdownSummarisesWhatFollowedPerScenario() {
    Cli.Result result = Cli.run("check", FOLLOWED, "--format", "markdown");

    assertThat(result.out())
        .contains("### What followed: 4 of 6 held (67%), 2 of them only with the deals; below the minimum of 80%\n\n"
            + "| Scenario | Held | Entries | Only with the deals |\n| --- | ---: | ---: | ---: |\n"
            + "| `" + FOLLOWED_DEAL + "` | 3 | 4 | 2 |\n| `" + FOLLOWED_NO_DEAL + "` | 1 | 2 | - |\n")
        .contains("**Did not hold**\n\n- `" + FOLLOWED_DEAL + ":20:5` `meta.rank@2027 == 1: meta.rank@2027 was ");
  }

  /** {@code --min-held}: expect: and followed: entries together, the share calibrate fits. */
  @Test
  void minHeldCountsExpectAndFollowedEntriesTogether(@TempDir Path dir) throws IOException {
    Path half = Files.writeString(dir.resolve("half.yaml"), """
        title: Two of three checks hold
        period: { start: 2025, end: 2026 }
        actors:
          acme: { name: Acme, role: carmaker, data: 60, hardware: 75, algorithms: 70 }
        expect:
          - acme.data@2026 == 62
        followed:
          - acme.data@2026 > acme.data@start
          - acme.hardware@2026 > acme.hardware@start
        """);

    Cli.Result below = Cli.run("check", "--rules", TINY, half.toString(), "--min-followed", "0.5", "--min-held", "0.7");
    Cli.Result meets = Cli.run("check", "--rules", TINY, half.toString(), "--min-followed", "0.5", "--min-held", "0.6",
        "--format", "json");

    assertThat(below.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    assertThat(below.out()).contains("What followed: 1 of 2 held (50%); at least 50% must hold\n"
        + "Checks held: 2 of 3 (67%), expect: and followed: together; below the minimum of 70%\n"
        + "1 passed, 0 failed (1 scenario)\n");
    assertThat(meets.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(meets.out()).contains("\"held\" : {\n    \"held\" : 2,\n    \"total\" : 3,\n    \"ratio\" : 0.6667,\n"
        + "    \"minimum\" : 0.6,\n    \"meets_minimum\" : true\n  }");
    assertThat(Cli.run("check", "--rules", TINY, half.toString(), "--min-held", "1.5").err())
        .isEqualTo("error: --min-held must be a ratio between 0 and 1, e.g. 0.85, not 1.5\n");
  }

  /**
   * The project's own gate, run as docs/ci.md runs it: every stock expectation holds and every
   * rule of the stock rule set fires in some stock scenario, so a rule without one fails the build.
   */
  @Test
  void everyStockExpectationHoldsAndEveryStockRuleFires(@TempDir Path reports) {
    Path junit = reports.resolve("stratsim-check.xml");
    Cli.Result result = Cli.run("check", "--coverage", "--min-coverage", "1", "--junit", junit.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).as(result.out())
        .containsPattern("Rule coverage: (\\d+) of \\1 rules fired \\(100.0%\\), minimum 100.0%")
        .doesNotContain("FAIL", "Never fired");
    assertThat(result.exitCode()).as(result.out()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(junit).exists();
  }
}

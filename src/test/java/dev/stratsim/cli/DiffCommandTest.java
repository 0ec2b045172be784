package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code diff} from the command line; the numbers are checked in {@code RulesDiffTest}. */
class DiffCommandTest {
  static final String DIR = "src/test/resources/ci/diff";
  static final String BASE = DIR + "/base";
  static final String CURRENT = DIR + "/current";
  static final String RACE = DIR + "/scenarios/race.yaml";
  static final String UNCERTAIN = DIR + "/uncertain/race-uncertain.yaml";

  @Test
  void textSaysWhatMovedPerScenarioAndActor() {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, DIR + "/scenarios");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo("diff: base " + BASE + ", current " + CURRENT + "; tolerance 0.05\n"
        + "\n"
        + "Model\n"
        + "  rule added  \"The data leader gains algorithms\" (" + CURRENT + "/growth.drl:26)\n"
        + "  rule removed  \"Labs improve their algorithms\" (" + BASE + "/growth.drl:26)\n"
        + "  knob  growth 1 -> 2\n"
        + "  knob  leader_gain - -> 3\n"
        + "  knob  lab_gain 3 -> -\n"
        + "  metric added  talent\n"
        + "\n"
        + "race (" + RACE + ")\n"
        + "  Acme     rank 3 -> 2; index 70.3 -> 71.0 (+0.7); data 62.0 -> 64.0 (+2.0)\n"
        + "  Globex   index 83.0 -> 85.7 (+2.7); data 82.0 -> 84.0 (+2.0); algorithms 85.0 -> 91.0 (+6.0)\n"
        + "  Initech  rank 2 -> 3; index 71.7 -> 70.3 (-1.4); data 67.0 -> 69.0 (+2.0); algorithms 76.0 -> 70.0 (-6.0)\n"
        + "  newly firing: \"The data leader gains algorithms\"\n"
        + "  no longer firing: \"Labs improve their algorithms\"\n"
        + "  different effect: \"Data grows every year\" (acme.data +2.0 -> +4.0, globex.data +2.0 -> +4.0,"
        + " initech.data +2.0 -> +4.0)\n"
        + "  expectation now fails: initech.rank@2026 == 2: initech.rank@2026 was 3\n"
        + DIR + "/scenarios/talent.yaml: loads on the current rules only: " + DIR + "/scenarios/talent.yaml:4:79:"
        + " unknown key 'talent' in actors.acme; allowed keys: name, role, role_changes, sources, judgement, notes, data,"
        + " hardware, algorithms\n"
        + "\n"
        + "2 scenarios: 1 changed, 0 unchanged, 1 on one side only\n");
  }

  @Test
  void markdownIsACompactTableForAPullRequest() {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, RACE, "--format", "markdown");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.out())
        .startsWith("## stratsim diff: `" + BASE + "` → `" + CURRENT + "`\n")
        .contains("- rules added: The data leader gains algorithms (`" + CURRENT + "/growth.drl:26`)")
        .contains("- knobs: `growth` 1 → 2, `leader_gain` - → 3, `lab_gain` 3 → -")
        .contains("- metrics added: talent\n")
        .contains("| Scenario | Actor | Rank | Index | Other changes |")
        .contains("| `race` | Acme | 3 → 2 | 70.3 → 71.0 (+0.7) | data 62.0 → 64.0 (+2.0) |")
        .contains("| `race` | Globex |  | 83.0 → 85.7 (+2.7) | data 82.0 → 84.0 (+2.0)<br>algorithms 85.0 → 91.0 (+6.0) |")
        .contains("- `race` no longer firing: Labs improve their algorithms")
        .contains("- `race` **now fails**: `initech.rank@2026 == 2: initech.rank@2026 was 3`");
  }

  @Test
  void jsonCarriesEveryMoveWithBothValues() throws Exception {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, RACE, "--format", "json");

    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.at("/model/knobs/1").toString())
        .isEqualTo("{\"knob\":\"leader_gain\",\"base\":null,\"current\":3}");
    assertThat(json.at("/scenarios/0/actors/0/moves/0").toString())
        .isEqualTo("{\"measure\":\"rank\",\"kind\":\"rank\",\"year\":2026,\"first_year\":2025,\"base\":3,\"current\":2}");
    assertThat(json.at("/scenarios/0/rules/0/effects/0").toString())
        .isEqualTo("{\"actor\":\"acme\",\"metric\":\"data\",\"base\":2,\"current\":4}");
  }

  @ParameterizedTest(name = "--fail-on {0} with --tolerance {1} exits {2}")
  @CsvSource({"rank, 0.05, 1", "index, 0.05, 1", "any, 0.05, 1", "index, 5, 0", "rank, 50, 1"})
  void failOnExitsOneWhenThatKindOfChangeOccurs(String kind, String tolerance, int exitCode) {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, RACE, "--fail-on", kind,
        "--tolerance", tolerance);

    assertThat(result.exitCode()).isEqualTo(exitCode);
  }

  @Test
  void theSameRulesOnBothSidesChangeNothing() {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", BASE, RACE, "--fail-on", "any");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.out()).contains("Model: no rule, knob or metric changed")
        .contains("race (" + RACE + "): no change").endsWith("1 scenario: 0 changed, 1 unchanged\n");
  }

  @Test
  void aBaseThatDoesNotCompileIsOneLineNamingTheSideFileAndLine() {
    Cli.Result result = Cli.run("diff", "--base-rules", DIR + "/broken", "--rules", CURRENT, RACE);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: " + DIR + "/broken/growth.drl:22: base rules do not compile:"
        + " mismatched input 'then' in rule \"Hardware grows every year\"\n");
  }

  @Test
  void baseRulesAndBaseRefCannotBeGivenTogether() {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--base-ref", "main", RACE);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: --base-rules=DIR, --base-ref=GITREF are mutually exclusive");
  }

  @Test
  void aNegativeToleranceIsInvalidInput() {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, RACE, "--tolerance", "-1");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: --tolerance must be a number >= 0, e.g. 0.5, not -1.0\n");
  }
  @Test
  void withSamplesTheTextSaysHowEachCompetitorsDistributionMoved() {
    Cli.Result result = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN, "--samples", "200",
        "--seed", "3");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.out()).startsWith("diff: base " + BASE + ", current " + CURRENT + "; tolerance 0.05;"
        + " 200 samples, seed 3\n")
        .containsPattern("\n  over 200 samples \\(seed 3\\), in 2026\n"
            + "    Acme     mean index 70\\.3 -> 71\\.0 \\(\\+0\\.7\\); rank 2 [\\d.]+% -> [\\d.]+%,"
            + " rank 3 [\\d.]+% -> [\\d.]+%; another rank in (\\d+) of 200 samples\n"
            + "    Globex   mean index 83\\.0 -> [\\d.]+ \\(\\+[\\d.]+\\)\n"
            + "    Initech  mean index [\\d.]+ -> [\\d.]+ \\(-[\\d.]+\\); rank 2 [\\d.]+% -> [\\d.]+%,"
            + " rank 3 [\\d.]+% -> [\\d.]+%; another rank in \\1 of 200 samples\n");
    assertThat(Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN, "--samples", "200", "--seed", "3")
        .out()).isEqualTo(result.out());
  }

  @Test
  void withSamplesARankThatMovesOnlyInSomeSamplesFailsOnRank() {
    Cli.Result central = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN, "--fail-on", "rank");
    Cli.Result sampled = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN, "--fail-on", "rank",
        "--samples", "100");

    assertThat(central.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(central.out()).doesNotContain("samples");
    assertThat(sampled.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    assertThat(sampled.out()).contains("; 100 samples, seed 1\n").contains("  over 100 samples (seed 1), in 2026\n");
  }

  @Test
  void withSamplesMarkdownAndJsonCarryTheDistributionOnBothSides() throws Exception {
    Cli.Result markdown = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN, "--samples", "100",
        "--format", "markdown");
    Cli.Result json = Cli.run("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN, "--samples", "100",
        "--format", "json");

    assertThat(markdown.out())
        .contains("scenarios with distributions are also compared on 100 samples, seed 1, the same draws on both sides.")
        .contains("| Scenario | Actor | Mean index over the samples | Share of samples per rank |"
            + " Samples with another rank |")
        .containsPattern("\\| `race-uncertain` \\| Acme \\| 70\\.3 → 71\\.0 \\(\\+0\\.7\\) \\|"
            + " rank 2 [\\d.]+% → [\\d.]+%<br>rank 3 [\\d.]+% → [\\d.]+% \\| \\d+ of 100 \\|");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.at("/sampling").toString()).isEqualTo("{\"samples\":100,\"seed\":1}");
    JsonNode sampled = root.at("/scenarios/0/sampled");
    assertThat(sampled.at("/year").asInt()).isEqualTo(2026);
    assertThat(sampled.at("/actors/0/actor").asText()).isEqualTo("acme");
    assertThat(sampled.at("/actors/0/mean_index").toString()).isEqualTo("{\"base\":70.3333,\"current\":71}");
    assertThat(sampled.at("/actors/0/ranks/0/rank").asInt()).isEqualTo(2);
    assertThat(sampled.at("/actors/0/ranks/0/current").asDouble())
        .isGreaterThan(sampled.at("/actors/0/ranks/0/base").asDouble());
    assertThat(sampled.at("/actors/0/rank_changed_samples").asInt()).isPositive()
        .isEqualTo(sampled.at("/actors/2/rank_changed_samples").asInt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--seed 3|--seed needs --samples; add e.g. --samples 1000",
      "--samples 0|--samples 0 is out of range; give 1 to 10000000"})
  void badSamplingOptionsAreOneLineErrors(String options, String message) {
    List<String> args = new ArrayList<>(List.of("diff", "--base-rules", BASE, "--rules", CURRENT, UNCERTAIN));
    args.addAll(List.of(options.split(" ")));

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: " + message + "\n");
  }
}

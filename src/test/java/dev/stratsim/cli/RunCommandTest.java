package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
  private static final String DEAL = "scenarios/meta-scale-deal.yaml";

  @Test
  void printsATableOfCompetitorsAndSuppliers() {
    Cli.Result result = Cli.run("run", DEAL);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("meta-scale-deal: Meta invests $14.3B in Scale AI as reported\n2029, change since the start of 2025")
        .contains("Competitor", "Meta", "Google", "Nvidia", "Other actor", "Scale AI", "neutrality")
        .contains("Signals");
  }

  @Test
  void explainNamesTheRulesAndReasonsBehindEachNumber() {
    Cli.Result result = Cli.run("run", DEAL, "--explain");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Why (effects up to the chosen year")
        .contains("data 62.0 -> ")
        .contains("The strongest tie lifts each pillar (2025-2029): directs 59.1% of scale-ai's output")
        .contains("Neutrality loss drives customers away");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli.Result result = Cli.run("run", DEAL, "--format", "json");

    assertThat(result.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("scenario").asText()).isEqualTo("meta-scale-deal");
    assertThat(json.at("/fingerprint/rules_sha256").asText()).hasSize(64);
    assertThat(json.at("/fingerprint/scenario_sha256").asText()).hasSize(64);
    assertThat(json.get("years")).hasSize(5);
    JsonNode meta = json.at("/years/4/actors/3");
    assertThat(meta.get("id").asText()).isEqualTo("meta");
    assertThat(meta.get("rank").asInt()).as("Meta rises from 5th with the deal").isEqualTo(4);
    assertThat(json.at("/start/actors/3/rank").asInt()).isEqualTo(5);
    assertThat(meta.at("/pillars/data").asDouble()).isGreaterThan(62);
    assertThat(json.get("effects").get(0).fieldNames()).toIterable()
        .containsExactly("year", "actor", "pillar", "delta", "rule", "reason");
    assertThat(json.at("/signals/1/message").asText()).isEqualTo("takes 49% of scale-ai without votes and hires scale-ai's leadership for $14.3B");
    assertThat(json.get("expectations")).allSatisfy(e -> assertThat(e.get("holds").asBoolean()).isTrue());
  }

  @Test
  void markdownIsATableAPullRequestRenders() {
    Cli.Result result = Cli.run("run", DEAL, "--format", "markdown", "--year", "2027");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("## Meta invests \\$14.3B in Scale AI as reported (`meta-scale-deal`)")
        .contains("Position in 2027, change since the start of 2025 in brackets.")
        .contains("| Competitor | Arena | Rank | Index | data | hardware | algorithms |")
        .contains("| --- | --- | ---: |")
        .contains("| Nvidia | chips | 1 |");
  }

  @Test
  void aNewMetricReadsAsTheUnitItDeclaresWhateverItsName(@TempDir Path dir) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    try (var files = Files.list(Path.of("src/test/resources/ci/rules-tiny"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    Files.writeString(rules.resolve("metrics.yaml"), """
        scrutiny: { min: 0, max: 3, unit: level, about: How closely regulators watch the actor. }
        funding: { min: 0, unit: usd, about: Money raised. }
        """, StandardOpenOption.APPEND);
    Path scenario = Files.writeString(dir.resolve("watched.yaml"), """
        title: A watched supplier
        period: { start: 2025, end: 2026 }
        actors:
          acme: { name: Acme, role: carmaker, data: 60, hardware: 75, algorithms: 70 }
          initech: { name: Initech, role: supplier, scrutiny: 2, funding: 1500000000 }
        """);

    Cli.Result result = Cli.run("run", scenario.toString(), "--rules", rules.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("  Other actor    funding  scrutiny\n  Initech      $1.5B (0)     2 (0)\n");
  }

  @Test
  void setOverridesAScenarioFieldForTheRun() {
    Cli.Result asReported = Cli.run("run", DEAL, "--format", "json");
    Cli.Result collapsed = Cli.run("run", DEAL, "--format", "json", "--set", "deals[0].outcome=collapsed");

    assertThat(collapsed.exitCode()).isZero();
    assertThat(collapsed.out()).isNotEqualTo(asReported.out());
    assertThat(collapsed.out()).doesNotContain("The strongest tie lifts each pillar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "markdown"})
  void theSameInputsGiveByteIdenticalOutput(String format) {
    Cli.Result first = Cli.run("run", "scenarios/rival-counter-move.yaml", DEAL, "--format", format, "--explain");
    Cli.Result second = Cli.run("run", "scenarios/rival-counter-move.yaml", DEAL, "--format", format, "--explain");

    assertThat(first.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void aYearOutsideThePeriodIsInvalidInput() {
    Cli.Result result = Cli.run("run", DEAL, "--year", "2031");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(
        "error: --year 2031 is outside the period 2025-2029 of scenarios/meta-scale-deal.yaml; choose a year in that period\n");
  }

  @Test
  void anUnknownFormatIsInvalidInput() {
    Cli.Result result = Cli.run("run", DEAL, "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: Invalid value for option '--format'")
        .contains("Try 'stratsim run --help' for usage.");
  }

  @Test
  void versionAndHelpWork() {
    assertThat(Cli.run("--version").out()).startsWith("stratsim ");
    Cli.Result help = Cli.run("run", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--explain", "--set=PATH=VALUE", "--year=YEAR", "--rules=DIR");
  }

  @Test
  void aFolderWithoutScenariosOrALinkThatLeadsNowhereIsInvalidInputSayingWhy(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("x.yaml"));
    Path loop = Files.createSymbolicLink(dir.resolve("loop.yaml"), dir.resolve("loop2.yaml"));
    Files.createSymbolicLink(dir.resolve("loop2.yaml"), loop);
    Path dangling = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));

    Cli.Result r = Cli.run("run", folder.toString(), loop.toString(), dangling.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: " + folder + ": is a folder with no scenario files (*.yaml) in it; give"
        + " scenario files or folders that hold them\n"
        + "error: " + loop + ": is a symbolic link that cannot be followed (it loops back on itself,"
        + " or a link it leads to does); fix the link or give another path\n"
        + "error: " + dangling + ": is a symbolic link to " + dir.resolve("nowhere.yaml") + ", which does not exist;"
        + " fix the link or give another path\n");
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.schema.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code calibrate} on the tiny rules of the calibration tests: its output, its files and its refusals. */
class CalibrateCommandTest {
  static final String RULES = "src/test/resources/calibrate/rules";
  static final String SUITE = "src/test/resources/calibrate/suite";

  @TempDir Path dir;

  @Test
  void reportsTheFiguresEachKnobAndEachFile() {
    Cli.Result result = Cli.run("calibrate", SUITE, "--rules", RULES, "--budget", "40", "--quiet");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("calibrate: 3 knobs on " + SUITE + " (3 files, 4 checks), seed 1, 40 evaluations per fit\n")
        .contains("  as the knobs were  4 of 4 (100%)")
        .contains("  cross-validated ")
        .contains("\n  growth ")
        .contains("\n  decay ")
        .contains("  " + SUITE + "/initech.yaml  2/2  2/2  2/2\n");
  }

  @Test
  void writesJsonThatReportReadsBack() throws IOException {
    Cli.Result result = Cli.run("calibrate", SUITE, "--rules", RULES, "--budget", "40", "--quiet", "--format", "json");
    Path json = Files.writeString(dir.resolve("calibration.json"), result.out());

    assertThat(result.out()).contains("\"calibration_version\" : 1").contains("\"cross_validated\" : {");
    assertThat(JsonSchemas.errors(JsonSchemas.reportDefinition("calibration"), result.out())).isEmpty();
    Cli.Result report = Cli.run("report", SUITE + "/initech.yaml", "--rules", RULES, "--out", dir.resolve("out").toString(),
        "--calibration", json.toString(), "--format", "markdown,json,html");
    assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(Files.readString(dir.resolve("out/report.md"))).contains("## Calibration")
        .contains("| growth | 1 |");
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("<section id=\"calibration\">");
    assertThat(Files.readString(dir.resolve("out/report.json"))).contains("\"calibration\" : {");
    assertThat(JsonSchemas.errors(JsonSchemas.report(), Files.readString(dir.resolve("out/report.json")))).isEmpty();
  }

  @Test
  void reportRefusesAFileThatIsNoCalibration() throws IOException {
    Path other = Files.writeString(dir.resolve("other.json"), "{\"title\": 1}");

    Cli.Result report = Cli.run("report", SUITE + "/initech.yaml", "--rules", RULES, "--out", dir.resolve("out").toString(),
        "--calibration", other.toString());

    assertThat(report.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(report.err()).isEqualTo("error: " + other + ": is not the output of stratsim calibrate --format json"
        + " (calibration_version 1); write it with calibrate ... --format json > FILE\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--knobs=grwth|error: --knobs: unknown knob 'grwth'; did you mean 'growth'?",
      "--knobs=growth=3..1|error: --knobs growth=3..1: the bounds are inverted or empty; write the lower bound"
          + " first, MIN..MAX",
      "--knobs=growth=0..20|error: --knobs growth=0..20: outside what the knob allows, 0..10",
      "--knobs=growth=low..high|error: --knobs growth=low..high: write the bounds as MIN..MAX, e.g. growth=0..10",
      "--knobs=unread_knob|error: knob unread_knob is read by no rule in " + RULES + ", so the suite cannot tell"
          + " its values apart; leave it out of the calibration",
      "--knobs=spend|error: --knobs: spend has no upper bound to search to; give one, e.g. --knobs spend=MIN..MAX",
      "--knobs=growth,growth|error: --knobs names growth twice; name each knob once",
      "--budget=5|error: --budget 5 is too small for a search; give at least 20",
  })
  void badInputIsOneLineAndExitTwo(String option, String message) {
    Cli.Result result = Cli.run("calibrate", SUITE, "--rules", RULES, option, "--quiet");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(message + "\n");
  }

  @Test
  void aSuiteWithoutChecksIsRefused() {
    Cli.Result result = Cli.run("calibrate", "src/test/resources/calibrate/no-checks", "--rules", RULES, "--quiet");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: the suite src/test/resources/calibrate/no-checks has no expect: or"
        + " followed: entries, so there is nothing to fit the knobs to; give scenarios that state what should hold"
        + " (docs/calibration.md)\n");
  }

  @Test
  void writeSetsTheDefaultsWithACalibratedLineAndTheFileStillLoads() throws IOException {
    Path rules = copyOfRules();
    String before = Files.readString(rules.resolve("assumptions.yaml"));
    // Acme's data reaches 64.5 in 2026 only if it grows by more than the default 1 a year.
    Path suite = Files.createDirectories(dir.resolve("suite"));
    Files.writeString(suite.resolve("grows.yaml"), Files.readString(Path.of(SUITE, "acme.yaml"))
        .replace("acme.data@2028 > acme.data@start", "acme.data@2026 > 64.5"));

    Cli.Result result = Cli.run("calibrate", suite.toString(), "--rules", rules.toString(), "--budget", "60",
        "--no-cv", "--quiet", "--write", "--knobs", "growth");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.EXIT_OK);
    String after = Files.readString(rules.resolve("assumptions.yaml"));
    assertThat(after).contains("  calibrated: \"fitted to " + suite + " (1 file, sha256 ")
        .contains(" by stratsim ").contains("0 -> 1 of 1 checks held in sample\"");
    assertThat(after.lines().filter(l -> !before.contains(l)).toList()).as("only growth's default and its line")
        .hasSize(2);
    double growth = VocabularyLoader.load(rules).knobs().get("growth").defaultValue();
    assertThat(growth).isGreaterThan(2.25).isLessThanOrEqualTo(5);
    assertThat(VocabularyLoader.load(rules).knobs().get("growth").calibrated()).startsWith("fitted to ");
    assertThat(dir.toFile().list()).as("no temporary file left").containsExactlyInAnyOrder("rules", "suite");
  }

  @Test
  void theOverlayOfTheUncertaintyIsWhatSimulateDraws() throws IOException {
    Path overlay = dir.resolve("calibrated.yaml");
    Cli.Result result = Cli.run("calibrate", SUITE, "--rules", RULES, "--budget", "40", "--no-cv", "--quiet",
        "--assumptions-out", overlay.toString());
    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(Files.readString(overlay)).contains("assumptions:\n  growth: { value: ");

    Cli.Result simulated = Cli.run("simulate", SUITE + "/acme.yaml", "--rules", RULES, "--samples", "20", "--quiet",
        "--assumptions", overlay.toString());

    assertThat(simulated.exitCode()).as(simulated.err()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(simulated.out()).contains("assumptions.growth.value");
  }

  @Test
  void anOverlayNamingNoKnobIsRefusedAtItsLine() throws IOException {
    Path overlay = Files.writeString(dir.resolve("bad.yaml"), "assumptions:\n  grwth: 2\n");

    Cli.Result result = Cli.run("simulate", SUITE + "/acme.yaml", "--rules", RULES, "--samples", "20", "--quiet",
        "--assumptions", overlay.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: " + overlay + ":2:3: unknown assumption 'grwth'; did you mean"
        + " 'growth'?\n");
  }

  private Path copyOfRules() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of(RULES))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    return rules;
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What strategists and CI engineers expect of a command-line tool, as other tools do it. */
class ConventionsTest {
  @TempDir Path dir;

  @Test
  void helpListsEveryExitCodeIncludingABug() {
    Cli.Result help = Cli.run("--help");

    assertThat(help.out().replaceAll("\\s+", " ")).contains("70 a bug in stratsim", "130 stopped by Ctrl-C");
  }

  @Test
  void aSubcommandPrintsTheVersionToo() {
    Cli.Result version = Cli.run("run", "--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("stratsim ");
  }

  @Test
  void runHelpKeepsItsExamplesWhole() {
    String help = Cli.run("run", "--help").out();

    assertThat(help).contains("--set deals[0].stake=0.3\n", "--set assumptions.supplier_switch_years=1\n");
  }

  @Test
  void aRangeWithoutAStepAsksForTheStep() {
    Cli.Result sweep = Cli.run("sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.1..0.9");

    assertThat(sweep.exitCode()).isEqualTo(2);
    assertThat(sweep.err()).contains("a range needs a step: write 0.1..0.9:STEP, e.g. --vary deals[0].stake=0.1..0.9:0.1")
        .doesNotContain("must be a number");
  }

  @Test
  void simulateRefusesAScenarioWithoutDistributionsAsSensitivityDoes() {
    Cli.Result simulate = Cli.run("simulate", "scenarios/meta-scale-deal.yaml", "--samples", "10");

    assertThat(simulate.exitCode()).isEqualTo(2);
    assertThat(simulate.err()).contains("has no distributions, so every sample would be the same");
    assertThat(simulate.out()).isEmpty();
  }

  @Test
  void aStakeChangedWithoutItsPriceSaysWhatThatDoesToTheValuation() {
    Cli.Result run = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--set", "deals[0].stake=0.3");
    Cli.Result priced = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--set", "deals[0].stake=0.3",
        "--set", "deals[0].amount_usd=8.76e9");

    assertThat(run.err()).contains("note: meta-scale-deal: --set deals[0].stake=0.3 keeps the deal's price of $14.3B,"
        + " so it now values Scale AI at $47.7B instead of $29.2B; to keep that valuation, also"
        + " --set deals[0].amount_usd=8.76e9");
    assertThat(priced.err()).doesNotContain("keeps the deal's price");
  }

  @Test
  void aSweepOfTheStakeSaysHowFarTheImpliedValuationRuns() {
    Cli.Result sweep = Cli.run("sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.1..0.5:0.2");
    Cli.Result priced = Cli.run("sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.1..0.5:0.2",
        "--vary", "deals[0].amount_usd=5e9,10e9");

    assertThat(sweep.err()).isEqualTo("note: meta-scale-deal: --vary deals[0].stake keeps the deal's price of $14.3B,"
        + " so the value it implies for Scale AI runs from $143.0B (stake 0.1) to $28.6B (stake 0.5), against $29.2B"
        + " as written\n");
    assertThat(priced.err()).doesNotContain("note:");
  }

  @Test
  void theStakeNoteWaitsForTheArgumentsToBeRight() {
    Cli.Result run = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--set", "deals[0].stake=0.3", "--year", "1990");
    Cli.Result sweep = Cli.run("sweep", "scenarios/meta-scale-deal.yaml", "--set", "deals[0].stake=0.3",
        "--vary", "deals[9].stake=0.1..0.2:0.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("note:");
    assertThat(sweep.exitCode()).isEqualTo(2);
    assertThat(sweep.err()).doesNotContain("note:");
  }

  @Test
  void everyTableIsCalledTableAndTextStillReadsAsOne() {
    for (String command : List.of("check", "diff", "calibrate", "run", "compare", "sweep", "simulate", "sensitivity")) {
      assertThat(Cli.run(command, "--help").out()).as(command).contains("table, ").doesNotContain("text, ");
    }
    Cli.Result text = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--format", "text");
    Cli.Result table = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--format", "table");
    Cli.Result wrong = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--format", "tabel");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).isEqualTo(table.out());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("expected one of [table, json, markdown] (case-insensitive) but was 'tabel'");
    String[] check = {"check", "--rules", "src/test/resources/ci/rules-tiny", "src/test/resources/ci/scenarios/pass.yaml"};
    Cli.Result oldName = Cli.run(concat(check, "--format", "text"));
    assertThat(oldName.exitCode()).as(oldName.err()).isZero();
    assertThat(oldName.out()).isEqualTo(Cli.run(concat(check, "--format", "table")).out()).contains("passed");
  }

  @Test
  void aMistypedPathSuggestsTheFileBesideIt() {
    Cli.Result run = Cli.run("run", "scenarios/meta-scale-dael.yaml");
    Cli.Result rules = Cli.run("run", "scenarios/meta-scale-deal.yaml", "--rules", "rulez");
    Cli.Result against = Cli.run("report", "scenarios/meta-scale-deal.yaml", "--against", "scenarios/baseline.yml",
        "--out", dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: scenarios/meta-scale-dael.yaml: no such file or folder;"
        + " did you mean 'scenarios/meta-scale-deal.yaml'?\n");
    assertThat(rules.exitCode()).isEqualTo(2);
    assertThat(rules.err()).isEqualTo("error: rulez: rules folder not found; did you mean 'rules'?\n");
    assertThat(against.exitCode()).isEqualTo(2);
    assertThat(against.err()).contains("did you mean 'scenarios/baseline.yaml'?");
  }

  @Test
  void statusWordsAreColouredOnlyWhenAskedOrOnATerminal() {
    String[] failing = {"run", "scenarios/meta-scale-deal.yaml", "--set", "assumptions.neutrality_erosion=0.1"};
    Cli.Result plain = Cli.run(failing);
    Cli.Result always = Cli.run(concat(failing, "--color=always"));
    Cli.Result never = Cli.run(concat(failing, "--color=never"));

    assertThat(plain.out()).contains("\n  FAIL  ").doesNotContain("\u001b");
    assertThat(never.out()).isEqualTo(plain.out());
    assertThat(always.out()).contains("\u001b[31mFAIL\u001b[39m\u001b[0m  ", "\u001b[32mok\u001b[39m\u001b[0m    ");
    assertThat(always.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
  }

  @Test
  void noColorTurnsOffAutoButNotAnExplicitAlways() {
    assertThat(Colour.ansi(Colour.When.auto, true, Map.of()).enabled()).isTrue();
    assertThat(Colour.ansi(Colour.When.auto, true, Map.of("NO_COLOR", "1")).enabled()).isFalse();
    assertThat(Colour.ansi(Colour.When.auto, false, Map.of()).enabled()).isFalse();
    assertThat(Colour.ansi(Colour.When.always, false, Map.of("NO_COLOR", "1")).enabled()).isTrue();
    assertThat(Colour.ansi(Colour.When.never, true, Map.of()).enabled()).isFalse();
  }

  /** no-color.org: only a non-empty NO_COLOR counts; a dumb terminal cannot show escape codes. */
  @Test
  void anEmptyNoColorKeepsColourAndADumbTerminalGetsNone() {
    assertThat(Colour.ansi(Colour.When.auto, true, Map.of("NO_COLOR", "")).enabled()).isTrue();
    assertThat(Colour.ansi(Colour.When.auto, true, Map.of("TERM", "dumb")).enabled()).isFalse();
    assertThat(Colour.ansi(Colour.When.auto, true, Map.of("TERM", "xterm-256color")).enabled()).isTrue();
    assertThat(Colour.ansi(Colour.When.always, true, Map.of("TERM", "dumb")).enabled()).isTrue();
  }

  /** picocli wrapped "e.g." at its full stop: "e." ending one help line and "g." starting the next. */
  @Test
  void theCacheDirHelpKeepsItsExampleWhole() {
    for (String command : List.of("run", "compare", "sweep", "simulate", "sensitivity")) {
      String help = Cli.run(command, "--help").out();

      assertThat(help).as(command).contains("--cache-dir").doesNotContainPattern("e\\.\\s*\\n\\s*g\\.")
          .contains("~/.cache/stratsim");
    }
  }

  /** On a terminal the help came out as '\u001b[1mstratsim run\u001b[21m': picocli's colours, escaped. */
  @Test
  void colouredHelpReachesTheTerminalAsColourNotAsEscapedText() {
    Cli.Result help = Cli.run("run", "--help", "--color=always");

    assertThat(help.out()).contains("\u001b[1mstratsim run\u001b[21m").doesNotContain("\\u001b");
    assertThat(Cli.run("run", "--help").out()).doesNotContain("\u001b", "\\u001b");
  }

  @Test
  void theDefaultSweepTableFitsATerminalAndCsvKeepsEveryCompetitor() {
    String[] sweep = {"sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.1..0.3:0.2"};
    Cli.Result table = Cli.run(sweep);
    Cli.Result all = Cli.run(concat(sweep, "--all"));
    Cli.Result csv = Cli.run(concat(sweep, "--format", "csv"));

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(table.out()).contains("meta.index", "meta.rank", "Meta only; --all shows every competitor's")
        .doesNotContain("google.index");
    assertThat(all.out()).contains("google.index", "openai.rank").doesNotContain("--all shows");
    assertThat(csv.out().lines().findFirst().orElseThrow()).contains("google.index", "meta.rank", "openai.rank");
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void reportFoldersTheReadmeWritesAreIgnoredByGit() throws IOException {
    assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("out/", "out-mc/", "reports/");
  }

  @Test
  void theJarCarriesNoScenarioSchemaThatRedirectingIntoItCouldEmpty() {
    assertThat(getClass().getClassLoader().getResource("schema/report.schema.json")).isNotNull();
    assertThat(getClass().getClassLoader().getResource("schema/scenario.schema.json")).isNull();
  }

  /**
   * {@code ./stratsim schema scenario > schema/scenario.schema.json}: the shell empties the file
   * before the launcher starts, which must not make the jar stale (it rebuilt, twice, packing the
   * empty file); any other schema still does for other commands, but {@code schema NAME} prints the
   * jar's copy without building, so that redirecting it into its own file writes it back whole.
   */
  @Test
  void theLauncherDoesNotRebuildForTheScenarioSchemaItIsWriting() throws IOException, InterruptedException {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("schema"));
    Files.createDirectories(home.resolve("target"));
    Files.writeString(home.resolve("target/spark-classpath.txt"), "");
    Files.copy(Path.of("stratsim"), home.resolve("stratsim"));
    Files.createSymbolicLink(home.resolve("pom.xml"), Path.of("pom.xml").toAbsolutePath());
    Files.createSymbolicLink(home.resolve("src"), Path.of("src").toAbsolutePath());
    Path report = Files.copy(Path.of("schema/report.schema.json"), home.resolve("schema/report.schema.json"));
    Path jar = Files.writeString(home.resolve("target/stratsim.jar"), "not a jar");
    Path scenario = Files.writeString(home.resolve("schema/scenario.schema.json"), "");
    Instant now = Instant.now();
    Files.setLastModifiedTime(report, FileTime.from(now.minusSeconds(60)));
    Files.setLastModifiedTime(jar, FileTime.from(now));
    Files.setLastModifiedTime(scenario, FileTime.from(now.plusSeconds(30)));

    assertThat(launch(home)).doesNotContain("older than the sources");

    Files.setLastModifiedTime(report, FileTime.from(now.plusSeconds(30)));
    assertThat(launch(home)).contains("older than the sources");
    assertThat(launch(home, "schema", "report")).as("the jar's copy, not a build around an emptied file")
        .doesNotContain("older than the sources");
  }

  private static String launch(Path home, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", home.resolve("stratsim").toString()));
    command.addAll(args.length == 0 ? List.of("--version") : List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("STRATSIM_NO_BUILD", "1");
    builder.environment().put("STRATSIM_CDS", "off");
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** compare, sweep, simulate and sensitivity on the stock scenarios, through the command line. */
class WhatIfCommandsTest {
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";
  private static final String DEAL = "scenarios/meta-scale-deal.yaml";

  @TempDir Path dir;

  @ParameterizedTest(name = "--threads {0}")
  @ValueSource(strings = {"2", "3"})
  void simulateGivesTheSameOutputWhateverTheThreadCount(String threads) throws IOException {
    Path one = dir.resolve("one.csv");
    Path many = dir.resolve("many.csv");
    Cli.Result single = Cli.run("simulate", UNCERTAIN, "--samples", "16", "--threads", "1",
        "--metric", "meta.rank <= 3", "--samples-out", one.toString(), "--format", "json");
    Cli.Result parallel = Cli.run("simulate", UNCERTAIN, "--samples", "16", "--threads", threads,
        "--metric", "meta.rank <= 3", "--samples-out", many.toString(), "--format", "json");

    assertThat(single.exitCode()).as(single.err()).isZero();
    assertThat(parallel.out()).isEqualTo(single.out());
    assertThat(Files.readString(many)).isEqualTo(Files.readString(one));
  }

  @Test
  void runRegeneratesAnySampleFromTheSeedAndItsIndex() throws IOException {
    Path csv = dir.resolve("samples.csv");
    Cli.Result sim = Cli.run("simulate", UNCERTAIN, "--samples", "12", "--seed", "42",
        "--metric", "meta.index", "--samples-out", csv.toString());
    assertThat(sim.exitCode()).as(sim.err()).isZero();
    List<String> rows = Files.readAllLines(csv);
    List<String> header = List.of(rows.get(0).split(","));
    String[] sample = rows.get(1 + 9).split(",");

    Cli.Result run = Cli.run("run", UNCERTAIN, "--seed", "42", "--sample", "9", "--format", "json");

    assertThat(sample[0]).isEqualTo("9");
    String outcome = sample[header.indexOf("deals[0].outcome")];
    assertThat(run.out()).contains("\"scenario\" : \"meta-scale-uncertain\"");
    double index = Double.parseDouble(sample[header.indexOf("meta.index")]);
    String rounded = BigDecimal.valueOf(index).setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    assertThat(run.out()).contains("\"id\" : \"meta\",\n          \"role\" : \"platform\",\n"
        + "          \"index\" : " + rounded);
    boolean stakeTaken = run.out().contains("takes 49% of scale-ai");
    assertThat(stakeTaken).as(outcome).isEqualTo(List.of("closed", "renegotiated").contains(outcome));
    // What the sample drew, named as people name it, each value as the CSV has it to four digits.
    double switchYears = Double.parseDouble(sample[header.indexOf("assumptions.supplier_switch_years.value")]);
    assertThat(run.err()).contains("meta-scale-uncertain: sample 9 (seed 42) drew\n")
        .containsPattern("\n  the outcome of Meta's deal for Scale AI +" + outcome + " +deals\\[0]\\.outcome\n")
        .containsPattern("\n  supplier switch years +" + BigDecimal.valueOf(switchYears).round(new MathContext(4))
            .stripTrailingZeros().toPlainString().replace(".", "\\.") + " +assumptions\\.supplier_switch_years\\.value\n");
  }

  @Test
  void samplesOutWritesRanksAsWholeNumbers() throws IOException {
    Path csv = dir.resolve("samples.csv");
    Cli.run("simulate", UNCERTAIN, "--samples", "3", "--samples-out", csv.toString());

    List<String> rows = Files.readAllLines(csv);
    List<String> header = List.of(rows.get(0).split(","));
    assertThat(rows.subList(1, rows.size())).allSatisfy(row ->
        assertThat(row.split(",")[header.indexOf("meta.rank")]).matches("[1-9]"));
    assertThat(Files.readString(csv)).doesNotContain(".0,").doesNotEndWith(".0\n");
  }

  @Test
  void samplesOutNeverReplacesTheScenarioOrAnyFileStratsimDidNotWrite() throws IOException {
    Path scenario = Files.copy(Path.of(UNCERTAIN), dir.resolve("u.yaml"));
    Files.copy(Path.of(DEAL), dir.resolve("meta-scale-deal.yaml"));
    Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
    String before = Files.readString(scenario);

    Cli.Result r = Cli.run("simulate", scenario.toString(), "--samples", "3", "--samples-out", scenario.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(r.err()).isEqualTo("error: " + scenario + ": exists and was not written by stratsim, or was changed"
        + " since; move it away or pass --force to overwrite it\n");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(scenario)).isEqualTo(before);
  }

  /** Sixteen samples (was forty): more than the eight threads the cap leaves on two cores. */
  @Test
  void moreThreadsThanFourPerCoreAreCappedWithANote() {
    Cli.Result r = Cli.run("simulate", UNCERTAIN, "--samples", "16", "--threads", "100000", "--format", "json");
    Cli.Result one = Cli.run("simulate", UNCERTAIN, "--samples", "16", "--threads", "1", "--format", "json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(r.err()).isEqualTo("note: --threads 100000 is more than 4 per core (" + cores
        + (cores == 1 ? " core" : " cores") + " here); using " + 4 * cores + "\n");
    assertThat(r.out()).isEqualTo(one.out());
  }

  @Test
  void simulateReportsRankProbabilitiesAndChecks() {
    Cli.Result r = Cli.run("simulate", UNCERTAIN, "--samples", "20", "--metric",
        "meta.rank@2029 <= 3", "--metric", "meta.index - google.index");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).as("no progress bar off a terminal").isEmpty();
    assertThat(r.out()).contains("Monte Carlo: 20 samples, seed 1; index and rank in 2029")
        .containsPattern("Google \\(models\\) +8\\d\\.\\d .* 100\\.0%")
        .containsPattern("meta\\.rank@2029 <= 3 +\\d+\\.\\d%")
        .containsPattern("meta\\.index - google\\.index +-\\d+\\.\\d\\d")
        .contains("deals[0].outcome");
  }

  @Test
  void aRuleFailingInOneSampleNamesItAndRunReproducesIt() {
    String rules = "src/test/resources/sample-failure/rules";
    String world = "src/test/resources/sample-failure/world.yaml";
    Cli.Result one = Cli.run("simulate", world, "--rules", rules, "--samples", "60", "--threads", "1");
    Cli.Result two = Cli.run("simulate", world, "--rules", rules, "--samples", "60", "--threads", "2");

    assertThat(one.exitCode()).isEqualTo(ExitCodes.EXIT_RULE_FAILURE);
    assertThat(two.err()).isEqualTo(one.err());
    Matcher m = Pattern.compile("error: sample (\\d+) \\(seed 1\\): rule \"Data grows unless the knob is"
        + " too high\" failed in scenario world, year 2025: / by zero; `stratsim (run \\S+ --rules \\S+ --seed 1"
        + " --sample \\1)` reruns it alone\n").matcher(one.err());
    assertThat(m.matches()).as(one.err()).isTrue();

    // The command as given, rules folder and all, reproduces the failure.
    Cli.Result rerun = Cli.run(m.group(2).split(" "));
    Cli.Result before = Cli.run("run", world, "--rules", rules, "--seed", "1", "--sample",
        Integer.toString(Integer.parseInt(m.group(1)) - 1));
    assertThat(rerun.exitCode()).isEqualTo(ExitCodes.EXIT_RULE_FAILURE);
    assertThat(before.exitCode()).as("the samples before it ran").isZero();
  }

  @Test
  void compareShowsEachScenarioAndItsDifferenceToTheBaseline() {
    Cli.Result r = Cli.run("compare", DEAL, "scenarios/talks-collapse.yaml", "--against",
        "scenarios/baseline.yaml", "--format", "csv");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> rows = r.out().lines().toList();
    assertThat(rows.get(0)).isEqualTo("actor,scenario,rank,index,data,hardware,algorithms,"
        + "rank_delta,index_delta,data_delta,hardware_delta,algorithms_delta");
    assertThat(rows).hasSize(1 + 6 * 3);
    for (int i = 1; i < rows.size(); i += 3) {
      String[] base = rows.get(i).split(",");
      assertThat(base[1]).isEqualTo("baseline");
      for (int k = 1; k < 3; k++) {
        String[] row = rows.get(i + k).split(",");
        for (int col = 2; col <= 6; col++) {
          double delta = Double.parseDouble(row[col]) - Double.parseDouble(base[col]);
          assertThat(Double.parseDouble(row[col + 5])).as(rows.get(i + k))
              .isCloseTo(delta, org.assertj.core.api.Assertions.within(2e-4));
        }
      }
    }
    String base = rows.stream().filter(row -> row.startsWith("meta,baseline,")).findFirst().orElseThrow();
    assertThat(r.out()).as("without a deal nothing moves")
        .contains(base.replace("meta,baseline,", "meta,talks-collapse,"));
    assertThat(base).endsWith(",0,0,0,0,0");
  }

  @Test
  void sweepVisitsTheGridLikeNestedLoops() {
    Cli.Result r = Cli.run("sweep", DEAL, "--vary", "deals[0].stake=0.1..0.3:0.1", "--vary",
        "deals[0].outcome=closed,collapsed", "--metric", "meta.index", "--format", "csv");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().map(l -> l.substring(0, l.lastIndexOf(','))).toList())
        .containsExactly("deals[0].stake,deals[0].outcome", "0.1,closed", "0.1,collapsed",
            "0.2,closed", "0.2,collapsed", "0.3,closed", "0.3,collapsed");
  }

  @Test
  void sweepWritesEachPointsValuesAsJson() {
    Cli.Result r = Cli.run("sweep", DEAL, "--vary", "deals[0].stake=0.2,0.4", "--vary",
        "deals[0].voting=true,false", "--metric", "meta.rank <= 3", "--format", "json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"at\" : {\n        \"deals[0].stake\" : 0.2,\n"
        + "        \"deals[0].voting\" : false\n      }").contains("\"meta.rank <= 3\" : ");
  }

  @Test
  void sensitivityPutsTheOutcomeFirst() {
    Cli.Result r = Cli.run("sensitivity", UNCERTAIN, "--format", "markdown");

    assertThat(r.exitCode()).as(r.err()).isZero();
    String central = StockFigures.shown(StockFigures.of(UNCERTAIN).index("meta", 2029)).toPlainString();
    assertThat(r.out()).contains("Sensitivity of meta.index (" + central + " with every input central)")
        .contains("| deals[0].outcome | blocked | closed |");
    assertThat(r.out().indexOf("deals[0].outcome"))
        .isLessThan(r.out().indexOf("assumptions.data_uplift_rate.value"));
  }
}

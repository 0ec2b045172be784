package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.spark.LocalSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * simulate, sweep, sensitivity and calibrate on Spark in local mode print the same bytes as on local threads,
 * in 2 and in 7 partitions, and fail as they do. One Spark context serves every test.
 */
class SparkCommandsTest {
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";

  @BeforeAll
  static void spark() {
    LocalSpark.start();
  }

  private static Cli.Result spark(int partitions, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--engine", "spark", "--master", "local[2]", "--partitions", Integer.toString(partitions)));
    return Cli.run(all.toArray(String[]::new));
  }

  private static void sameBytes(String... args) {
    Cli.Result local = Cli.run(args);
    assertThat(local.exitCode()).as(local.err()).isZero();
    for (int partitions : new int[] {2, 7}) {
      Cli.Result spark = spark(partitions, args);

      assertThat(spark.exitCode()).as(spark.err()).isZero();
      assertThat(spark.err()).isEqualTo(local.err());
      assertThat(spark.out()).as(partitions + " partitions").isEqualTo(local.out());
    }
  }

  @Test
  void simulateGivesTheLocalBytes() {
    sameBytes("simulate", UNCERTAIN, "--samples", "60", "--seed", "7", "--metric", "meta.rank@2029 <= 3",
        "--metric", "meta.index - google.index", "--format", "json");
  }

  /** Latin hypercube designs are drawn again on each executor, batch by batch under --until-stable. */
  @Test
  void latinHypercubeBatchesUntilStableGiveTheLocalBytes() {
    sameBytes("simulate", UNCERTAIN, "--samples", "90", "--seed", "7", "--sampling", "lhs", "--until-stable",
        "--batch-size", "30", "--tolerance", "0.2", "--format", "json");
  }

  @Test
  void sweepGivesTheLocalBytes() {
    sameBytes("sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.1..0.9:0.2",
        "--vary", "deals[0].outcome=closed,blocked", "--format", "csv");
  }

  @Test
  void calibrateGivesTheLocalBytes() {
    // The cross-validation's folds are what runs on Spark: one fold a row.
    sameBytes("calibrate", CalibrateCommandTest.SUITE, "--rules", CalibrateCommandTest.RULES, "--budget", "30",
        "--quiet");
  }

  @Test
  void sensitivityGivesTheLocalBytes() {
    sameBytes("sensitivity", UNCERTAIN, "--rules-too");
  }

  @Test
  void aRuleFailingOnAnExecutorIsReportedAsLocally() {
    String[] args = {"simulate", "src/test/resources/sample-failure/world.yaml", "--rules",
        "src/test/resources/sample-failure/rules", "--samples", "60"};
    Cli.Result local = Cli.run(args);
    Cli.Result spark = spark(7, args);

    assertThat(local.exitCode()).isEqualTo(ExitCodes.EXIT_RULE_FAILURE);
    assertThat(spark.exitCode()).isEqualTo(ExitCodes.EXIT_RULE_FAILURE);
    assertThat(spark.err()).isEqualTo(local.err()).contains("sample ", "(seed 1)", "--rules src/test/resources");
    assertThat(spark.out()).isEqualTo(local.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--engine spark --master lcal[2]|error: --master 'lcal[2]' is not a Spark master URL; give local[N], local[*],"
          + " spark://HOST:PORT, yarn or k8s://URL (docs/spark.md)",
      "--master local[2]|error: --master needs --engine spark; add --engine spark, or leave it out to run on local"
          + " threads",
      "--partitions 4|error: --partitions needs --engine spark; add --engine spark, or leave it out to run on local"
          + " threads",
      "--engine spark --partitions 0|error: --partitions 0 is out of range; give 1 to 100000",
      "--engine spark --threads 2|error: --threads is for --engine local; with --engine spark the master says how"
          + " many runs go at once (local[N] runs N), so leave --threads out"})
  void badEngineArgumentsAreOneLineBeforeTheRulesCompile(String caseText) {
    String[] parts = caseText.split("\\|");
    long compiled = RuleSet.compilations();
    for (String command : new String[] {"simulate", "sweep", "sensitivity"}) {
      List<String> args = new ArrayList<>(List.of(command, UNCERTAIN, "--rules", "src/test/resources/bad-rules/syntax"));
      args.addAll(switch (command) {
        case "simulate" -> List.of("--samples", "10");
        case "sweep" -> List.of("--vary", "deals[0].stake=0.1,0.2");
        default -> List.of();
      });
      args.addAll(List.of(parts[0].split(" ")));
      Cli.Result result = Cli.run(args.toArray(String[]::new));

      assertThat(result.exitCode()).as(command).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
      assertThat(result.err()).as(command).isEqualTo(parts[1] + "\n");
    }
    assertThat(RuleSet.compilations()).isEqualTo(compiled);
  }
}

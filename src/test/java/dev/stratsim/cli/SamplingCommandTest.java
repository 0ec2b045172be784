package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --sampling lhs}, {@code --until-stable} and {@code correlations:} through the command line. */
class SamplingCommandTest {
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void latinHypercubeGivesTheSameBytesWhateverTheThreadCount() throws IOException {
    Path one = dir.resolve("one.csv");
    Path many = dir.resolve("many.csv");
    Cli.Result single = Cli.run("simulate", UNCERTAIN, "--samples", "12", "--sampling", "lhs", "--threads", "1",
        "--samples-out", one.toString(), "--format", "json");
    Cli.Result parallel = Cli.run("simulate", UNCERTAIN, "--samples", "12", "--sampling", "lhs", "--threads", "3",
        "--samples-out", many.toString(), "--format", "json");
    Cli.Result random = Cli.run("simulate", UNCERTAIN, "--samples", "12", "--format", "json");

    assertThat(single.exitCode()).as(single.err()).isZero();
    assertThat(parallel.out()).isEqualTo(single.out());
    assertThat(Files.readString(many)).isEqualTo(Files.readString(one));
    assertThat(single.out()).contains("\"sampling\" : \"lhs\"");
    assertThat(random.out()).contains("\"sampling\" : \"random\"").isNotEqualTo(single.out());
  }

  @Test
  void latinHypercubeDrawsEachInputOncePerStratum() throws IOException {
    // synthetic_data_substitution is uniform on 0.05..0.35: stratum k of 12 is 0.05 + 0.025 k ...
    Path csv = dir.resolve("lhs.csv");
    Cli.Result r = Cli.run("simulate", UNCERTAIN, "--samples", "12", "--sampling", "lhs", "--samples-out",
        csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("12 samples (Latin hypercube), seed 1");
    List<String> rows = Files.readAllLines(csv);
    int column = List.of(rows.get(0).split(",")).indexOf("assumptions.synthetic_data_substitution.value");
    int[] strata = rows.subList(1, rows.size()).stream()
        .mapToDouble(row -> Double.parseDouble(row.split(",")[column]))
        .mapToInt(v -> (int) Math.floor((v - 0.05) / 0.3 * 12)).sorted().toArray();
    assertThat(strata).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  }

  @Test
  void correlationsAreShownInJsonAndTheTable() throws IOException {
    for (String name : List.of("meta-scale-deal.yaml", "baseline.yaml")) {
      Files.copy(Path.of("scenarios", name), dir.resolve(name));
    }
    Path scenario = dir.resolve("u.yaml");
    Files.writeString(scenario, Files.readString(Path.of(UNCERTAIN)) + """
        correlations:
          - between: [assumptions.supplier_switch_years, assumptions.synthetic_data_substitution]
            rank: -0.5
            source: "judgement: a market that switches fast also finds substitutes fast"
        """);

    Cli.Result json = Cli.run("simulate", scenario.toString(), "--samples", "4", "--format", "json");
    Cli.Result table = Cli.run("simulate", scenario.toString(), "--samples", "4");

    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("  \"correlations\" : [\n    {\n      \"between\" : [\n"
        + "        \"assumptions.supplier_switch_years.value\",\n"
        + "        \"assumptions.synthetic_data_substitution.value\"\n      ],\n      \"rank\" : -0.5\n    }\n  ],");
    assertThat(table.out()).contains("Correlated inputs").contains("-0.50");
  }

  @Test
  void reportSamplesLikeSimulateUnderLatinHypercube() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result report = Cli.run("report", UNCERTAIN, "--samples", "12", "--seed", "5", "--sampling", "lhs",
        "--format", "json", "--out", out.toString());
    Cli.Result simulate = Cli.run("simulate", UNCERTAIN, "--samples", "12", "--seed", "5", "--sampling", "lhs",
        "--format", "json");
    Cli.Result noSamples = Cli.run("report", UNCERTAIN, "--sampling", "lhs", "--out", out.toString());

    assertThat(report.exitCode()).as(report.err()).isZero();
    JsonNode uncertainty = JSON.readTree(out.resolve("report.json").toFile()).get("uncertainty");
    JsonNode meta = null;
    for (JsonNode actor : JSON.readTree(simulate.out()).get("actors")) {
      meta = actor.get("id").asText().equals("meta") ? actor : meta;
    }
    assertThat(uncertainty.get("sampling").asText()).isEqualTo("lhs");
    assertThat(uncertainty.get("index").get("p50").decimalValue())
        .isEqualByComparingTo(meta.get("index").get("p50").decimalValue());
    assertThat(noSamples.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(noSamples.err()).isEqualTo("error: --sampling needs --samples; add --samples N\n");
  }

  @Test
  void untilStableSaysHowManySamplesItUsedAndWhetherItSettled() throws IOException {
    Cli.Result json = Cli.run("simulate", UNCERTAIN, "--samples", "40", "--until-stable", "--tolerance", "0.5",
        "--batch-size", "8", "--format", "json");
    Cli.Result table = Cli.run("simulate", UNCERTAIN, "--samples", "40", "--until-stable", "--tolerance", "0.5",
        "--batch-size", "8", "--threads", "3");

    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode out = JSON.readTree(json.out());
    JsonNode stable = out.get("until_stable");
    assertThat(stable.get("tolerance").asDouble()).isEqualTo(0.5);
    assertThat(stable.get("batch_size").asInt()).isEqualTo(8);
    assertThat(out.get("samples").asInt()).isEqualTo(8 * stable.get("batches").asInt()).isLessThanOrEqualTo(40);
    assertThat(table.out()).contains("Monte Carlo: " + out.get("samples").asInt() + " samples, seed 1, "
        + (stable.get("converged").asBoolean() ? "stable after " : "not stable within --samples 40 (")
        + stable.get("batches").asInt() + " batches of 8, moving at most ");
    assertThat(JSON.readTree(Cli.run("simulate", UNCERTAIN, "--samples", "4", "--format", "json").out())
        .has("until_stable")).isFalse();
  }

  @Test
  void untilStableOptionsAreChecked() {
    Cli.Result alone = Cli.run("simulate", UNCERTAIN, "--samples", "40", "--tolerance", "0.1");
    Cli.Result zero = Cli.run("simulate", UNCERTAIN, "--samples", "40", "--until-stable", "--tolerance", "0");
    Cli.Result big = Cli.run("simulate", UNCERTAIN, "--samples", "40", "--until-stable", "--batch-size", "41");

    assertThat(alone.err()).isEqualTo("error: --tolerance needs --until-stable; add it, or leave the option out\n");
    assertThat(zero.err()).isEqualTo("error: --tolerance 0.0 is out of range; give a share above 0 and at most 1,"
        + " e.g. 0.01\n");
    assertThat(big.err()).isEqualTo("error: --batch-size 41 is out of range; give 1 to --samples (40)\n");
    assertThat(List.of(alone.exitCode(), zero.exitCode(), big.exitCode())).containsOnly(ExitCodes.EXIT_INVALID_INPUT);
  }
}

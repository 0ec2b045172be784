package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --samples N --seed S} says what {@code simulate} and {@code sensitivity} say for
 * the same scenario, samples and seed, whatever the thread count of each.
 */
class ReportSamplesTest {
  private static final String SCENARIO = "scenarios/meta-scale-uncertain.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Path out;
  private static JsonNode report;

  @BeforeAll
  static void writeTheReport() throws IOException {
    out = dir.resolve("out");
    Cli.Result result = Cli.run("report", SCENARIO, "--samples", "100", "--seed", "11", "--threads", "1",
        "--format", "json,markdown", "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    report = JSON.readTree(out.resolve("report.json").toFile());
  }

  @Test
  void theIndexAndRankOddsAreThoseSimulatePrints() throws IOException {
    Cli.Result simulate = Cli.run("simulate", SCENARIO, "--samples", "100", "--seed", "11", "--threads", "2",
        "--format", "json");
    JsonNode meta = actor(JSON.readTree(simulate.out()), "meta");
    JsonNode uncertainty = report.get("uncertainty");

    assertThat(uncertainty.get("samples").asInt()).isEqualTo(100);
    assertThat(uncertainty.get("seed").asLong()).isEqualTo(11);
    for (String field : List.of("mean", "p5", "p25", "p50", "p75", "p95")) {
      assertThat(uncertainty.get("index").get(field).decimalValue()).as(field)
          .isEqualByComparingTo(meta.get("index").get(field).decimalValue());
    }
    Map<String, Double> reported = new TreeMap<>();
    uncertainty.get("rank_probabilities").fields().forEachRemaining(e -> {
      if (e.getValue().asDouble() > 0) {
        reported.put(e.getKey(), e.getValue().asDouble());
      }
    });
    Map<String, Double> simulated = new TreeMap<>();
    meta.get("rank").fields().forEachRemaining(e -> simulated.put(e.getKey(), e.getValue().asDouble()));
    assertThat(reported).isEqualTo(simulated);
    Map<String, Integer> arenaSizes = new TreeMap<>();
    JSON.readTree(simulate.out()).get("actors").forEach(a -> arenaSizes.merge(a.get("arena").asText(), 1, Integer::sum));
    assertThat(uncertainty.get("rank_probabilities").size()).as("a place for each rank of the largest arena")
        .isEqualTo(arenaSizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  void theMarkdownRowIsTheRowSimulatePrints() throws IOException {
    Cli.Result simulate = Cli.run("simulate", SCENARIO, "--samples", "100", "--seed", "11", "--format", "markdown");
    String row = Arrays.stream(simulate.out().split("\n")).filter(l -> l.startsWith("| Meta (models) |")).findFirst().orElseThrow();

    assertThat(Files.readString(out.resolve("report.md"))).contains("\n" + row + "\n");
  }

  @Test
  void theHistogramCountsEverySampleOnce() {
    JsonNode index = report.get("uncertainty").get("index");
    long counted = 0;
    double edge = index.get("histogram").get(0).get("from").asDouble();
    for (JsonNode bin : index.get("histogram")) {
      assertThat(bin.get("from").asDouble()).isEqualTo(edge);
      edge = bin.get("to").asDouble();
      counted += bin.get("count").asLong();
    }
    assertThat(counted).isEqualTo(100);
    assertThat(index.get("histogram").get(0).get("from").asDouble()).isLessThanOrEqualTo(index.get("p5").asDouble());
    assertThat(edge).isGreaterThan(index.get("p95").asDouble());
  }

  @Test
  void theTornadoIsTheOneSensitivityComputes() throws IOException {
    Cli.Result sensitivity = Cli.run("sensitivity", SCENARIO, "--format", "json");
    List<JsonNode> expected = new ArrayList<>();
    for (JsonNode input : JSON.readTree(sensitivity.out()).get("inputs")) {
      ObjectNode copy = input.deepCopy();
      copy.remove("distribution");
      expected.add(copy);
    }

    assertThat(report.get("uncertainty").get("tornado")).containsExactlyElementsOf(expected);
    assertThat(report.get("uncertainty").get("central").get("index"))
        .isEqualTo(JSON.readTree(sensitivity.out()).get("base"));
  }

  @Test
  void theSummaryStatesWhatTheSamplesShow() {
    JsonNode uncertainty = report.get("uncertainty");
    List<String> summary = new ArrayList<>();
    report.get("cases").get(0).get("summary").forEach(s -> summary.add(s.asText()));
    int central = uncertainty.get("central").get("rank").asInt();
    double atLeast = 0;
    for (int r = 1; r <= central; r++) {
      atLeast += uncertainty.get("rank_probabilities").get(String.valueOf(r)).asDouble();
    }

    String share = String.format(Locale.ROOT, "%.1f%%", atLeast * 100);
    String where = share.equals("100.0%") ? "every sample" : share + " of the samples";
    assertThat(summary).anyMatch(s -> s.contains("ranks " + ordinal(central) + " or better in " + where));
    assertThat(summary).anyMatch(s -> s.startsWith("Over 100 samples of its 5 uncertain inputs (seed 11)"));
  }

  private static JsonNode actor(JsonNode simulate, String id) {
    for (JsonNode a : simulate.get("actors")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no actor " + id);
  }

  private static String ordinal(int n) {
    return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
  }
}

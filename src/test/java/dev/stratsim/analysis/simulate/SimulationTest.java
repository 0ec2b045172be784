package dev.stratsim.analysis.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Simulator;
import dev.stratsim.engine.StockRules;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Monte Carlo API other features build on (simulated expectations, reports). */
class SimulationTest {
  private static final List<Metric> METRICS = List.of(Metric.parse("meta.index"),
      Metric.parse("meta.rank <= 6"), Metric.parse("meta.rank@2025 == 1"));

  private final Simulator simulator = new Simulator(StockRules.get());
  private final ScenarioTemplate template = new ScenarioLoader(StockRules.get().vocabulary())
      .template(Path.of("scenarios/meta-scale-uncertain.yaml"), List.of());

  @Test
  void eachSampleIsTheRunOfItsOwnScenario() {
    SimulationResult result = new Simulation(simulator).run(template, METRICS,
        new Simulation.Settings(6, 11, 2));

    assertThat(result.done()).isEqualTo(6);
    assertThat(result.stopped()).isFalse();
    for (int i = 0; i < 6; i++) {
      double alone = METRICS.get(0).value(simulator.run(template.sample(11, i)));
      assertThat(result.summary(METRICS.get(0)).value(i)).isEqualTo(alone);
    }
  }

  @Test
  void checksBecomeProbabilitiesAndNumbersPercentiles() {
    SimulationResult result = new Simulation(simulator).run(template, METRICS,
        new Simulation.Settings(8, 1, 1));

    Summary index = result.summary(METRICS.get(0));
    assertThat(index.percentile(5)).isLessThanOrEqualTo(index.percentile(50))
        .isLessThanOrEqualTo(index.percentile(95));
    assertThat(index.percentile(0)).isEqualTo(
        java.util.stream.IntStream.range(0, 8).mapToDouble(index::value).min().orElseThrow());
    assertThat(result.summary(METRICS.get(1)).probability()).isEqualTo(1);
    assertThat(result.summary(METRICS.get(2)).probability()).isZero();
  }

  @Test
  void aRerunCommandQuotesWhatAShellWouldReadOtherwise() {
    assertThat(Simulation.shellWord("scenarios/meta-scale-deal.yaml")).isEqualTo("scenarios/meta-scale-deal.yaml");
    assertThat(Simulation.shellWord("deals[0].stake=0.3")).isEqualTo("'deals[0].stake=0.3'");
    assertThat(Simulation.shellWord("my rules/it's")).isEqualTo("'my rules/it'\\''s'");
  }

  @Test
  void moreNumbersThanABatchKeepsAreRefusedBeforeAnySampleRuns() {
    List<Metric> many = java.util.stream.IntStream.range(0, 11).mapToObj(i -> Metric.parse("meta.index")).toList();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Simulation(simulator).run(template, many,
        new Simulation.Settings(Simulation.MAX_SAMPLES, 1, 1)))
        .isInstanceOf(dev.stratsim.problem.InvalidInputException.class)
        .hasMessage("10000000 samples of 11 metrics are 110000000 numbers to keep, more than 100000000; draw fewer"
            + " samples or name fewer metrics with --metric");
  }
}

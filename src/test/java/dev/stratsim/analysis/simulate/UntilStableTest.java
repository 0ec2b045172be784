package dev.stratsim.analysis.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Simulator;
import dev.stratsim.engine.StockRules;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.uncertainty.Sampling;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code simulate --until-stable}: batches until the percentiles settle, within --samples. */
class UntilStableTest {
  private static final List<Metric> METRICS = List.of(Metric.parse("meta.index"), Metric.parse("meta.rank <= 3"));

  private final Simulator simulator = new Simulator(StockRules.get());
  private final ScenarioTemplate template = new ScenarioLoader(StockRules.get().vocabulary())
      .template(Path.of("scenarios/meta-scale-uncertain.yaml"), List.of());

  private SimulationResult run(int samples, Sampling sampling, double tolerance, int batch, int threads) {
    return new Simulation(simulator).run(template, METRICS,
        new Simulation.Settings(samples, 3, threads, sampling, new Simulation.UntilStable(tolerance, batch)));
  }

  @Test
  void aLooseToleranceStopsOnceTwoBatchesAgree() {
    SimulationResult r = run(60, Sampling.random, 1, 6, 2);

    assertThat(r.done()).isEqualTo(12);
    assertThat(r.stopped()).isFalse();
    assertThat(r.convergence().converged()).isTrue();
    assertThat(r.convergence().batches()).isEqualTo(2);
    assertThat(r.convergence().moved()).isLessThan(1);
    // The samples are those of a plain run of as many: random sampling does not depend on batches.
    SimulationResult plain = new Simulation(simulator).run(template, METRICS, new Simulation.Settings(12, 3, 1));
    assertThat(IntStream.range(0, 12).mapToDouble(r.summaries().get(0)::value).toArray())
        .containsExactly(IntStream.range(0, 12).mapToDouble(plain.summaries().get(0)::value).toArray());
  }

  @Test
  void aToleranceNothingMeetsDrawsEverySampleAndSaysSo() {
    SimulationResult r = run(15, Sampling.random, 1e-12, 5, 2);

    assertThat(r.done()).isEqualTo(15);
    assertThat(r.convergence().converged()).isFalse();
    assertThat(r.convergence().batches()).isEqualTo(3);
  }

  @Test
  void theSameSeedStopsAtTheSameSampleWhateverTheThreads() {
    for (Sampling sampling : Sampling.values()) {
      SimulationResult one = run(20, sampling, 0.2, 4, 1);
      SimulationResult three = run(20, sampling, 0.2, 4, 3);

      assertThat(three.done()).as(sampling.name()).isEqualTo(one.done());
      assertThat(three.convergence()).isEqualTo(one.convergence());
      for (int m = 0; m < METRICS.size(); m++) {
        int metric = m;
        assertThat(IntStream.range(0, one.done()).mapToDouble(three.summaries().get(metric)::value).toArray())
            .containsExactly(IntStream.range(0, one.done()).mapToDouble(one.summaries().get(metric)::value).toArray());
      }
    }
  }
}

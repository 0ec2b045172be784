package dev.stratsim.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTest {
  /** Bytes the current thread has allocated so far (HotSpot counts them for each thread). */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Room for every point of this grid up front would be 64 MB of references alone. */
  @Test
  void memoryFollowsThePointsDoneNotTheSizeOfTheGrid() {
    RuleSet rules = RuleSet.load(Path.of("rules"));
    ScenarioTemplate template = new ScenarioLoader(rules.vocabulary())
        .template(Path.of("scenarios/meta-scale-deal.yaml"), List.of());
    Grid grid = Grid.of(List.of(Vary.parse("deals[0].stake=0.1..0.9:0.001"),
        Vary.parse("assumptions.supplier_switch_years=1..2:0.0001")), true);
    StopSignal stop = StopSignal.manual();
    Progress stopAfterThree = new Progress() {
      private int steps;

      @Override
      public synchronized void step() {
        if (++steps == 3) {
          stop.stop();
        }
      }

      @Override
      public void close() {}
    };
    List<Metric> metrics = List.of(Metric.parse("meta.index"));
    long before = allocated();

    Sweep sweep = Sweep.run(template, grid, metrics, new Simulator(rules), new Batch(1, stopAfterThree, stop));

    assertThat(grid.size()).isEqualTo(8_010_801);
    assertThat(sweep.stopped()).isTrue();
    assertThat(sweep.done()).isEqualTo(3);
    assertThat(sweep.value(2, 0)).isBetween(0.0, 100.0);
    assertThat(allocated() - before).as("bytes allocated for a grid of 8 million points").isLessThan(16_000_000);
  }
}

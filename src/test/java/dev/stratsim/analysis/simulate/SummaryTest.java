package dev.stratsim.analysis.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.batch.Metric;
import org.junit.jupiter.api.Test;

class SummaryTest {
  private final Summary summary = new Summary(Metric.parse("acme.index"), new double[] {5, 1, 4, 2, 3, 99}, 5);

  @Test
  void percentilesInterpolateBetweenOrderStatisticsOfTheCountedSamples() {
    assertThat(summary.percentiles(0, 50, 100, 25)).containsExactly(1, 3, 5, 2);
  }

  @Test
  void askingForAPercentileLeavesTheSamplesInTheirOrder() {
    summary.percentile(50);

    assertThat(summary.value(0)).isEqualTo(5);
    assertThat(summary.value(1)).isEqualTo(1);
    assertThat(summary.mean()).isEqualTo(3);
  }
}

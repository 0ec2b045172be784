package dev.stratsim.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** On the tornado's rule set, where data grows by a + 2b + c, each spider line is known. */
class SpiderTest {
  @Test
  void eachLineFollowsTheMetricAcrossItsInputsPercentiles() {
    TornadoWorld world = TornadoWorld.load();

    Spider s = Spider.of(world.template(), TornadoWorld.DATA, world.simulator(), TornadoWorld.batch());

    // Central: a = 0.5, b = 0.5, c = 2, so data = 13.5; b at its P10 (0.1) gives 13.5 - 2 * 0.4.
    assertThat(s.base()).isCloseTo(13.5, within(1e-9));
    assertThat(s.lines()).extracting(l -> l.input().path()).containsExactly("assumptions.a", "assumptions.b",
        "assumptions.c");
    double[][] expected = {
        {13.1, 13.25, 13.5, 13.75, 13.9},
        {12.7, 13.0, 13.5, 14.0, 14.3},
        {11.9, 12.5, 13.5, 14.5, 15.1}};
    for (int k = 0; k < 3; k++) {
      Spider.Line line = s.lines().get(k);
      assertThat(line.points()).extracting(Spider.Point::percentile).containsExactly(10.0, 25.0, 50.0, 75.0, 90.0);
      for (int p = 0; p < 5; p++) {
        assertThat(line.points().get(p).value()).as(line.input().path() + " at P" + line.points().get(p).percentile())
            .isCloseTo(expected[k][p], within(1e-9));
      }
    }
    assertThat(s.lines().get(2).points().get(0).at()).isEqualTo("0.4");
    assertThat(s.lines().get(2).swing()).isCloseTo(3.2, within(1e-9));
  }
}

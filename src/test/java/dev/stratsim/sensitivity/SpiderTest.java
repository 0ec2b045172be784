package dev.stratsim.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On the tornado's rule set, where data grows by a + 2b + c, each spider line is known. */
class SpiderTest {
  private static final Path DIR = Path.of("src/test/resources/tornado");

  @Test
  void eachLineFollowsTheMetricAcrossItsInputsPercentiles() {
    RuleSet rules = RuleSet.load(DIR.resolve("rules"));
    ScenarioTemplate template =
        new ScenarioLoader(rules.vocabulary()).template(DIR.resolve("world.yaml"), List.of());

    Spider s = Spider.of(template, Metric.parse("acme.data"), new Simulator(rules),
        new Batch(2, Progress.NONE, StopSignal.manual()));

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

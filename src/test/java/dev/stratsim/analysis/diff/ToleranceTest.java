package dev.stratsim.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceTest {
  private static final Vocabulary VOCABULARY = Vocabulary.of(Map.of(
      "data", new MetricDef("data", 0, 100, true, false, Unit.POINTS, "Data."),
      "share", new MetricDef("share", 0, 1, false, true, Unit.SHARE, "Share."),
      "valuation_usd", new MetricDef("valuation_usd", 0, Double.POSITIVE_INFINITY, false, false, Unit.USD, "Value.")),
      Map.of());

  @ParameterizedTest(name = "{0}: {1} -> {2} with {3}: {4}")
  @CsvSource({
      "data, 60, 60.5, 0.5, false", "data, 60, 60.51, 0.5, true",
      "share:scale-ai, 0.3, 0.304, 0.5, false", "share:scale-ai, 0.3, 0.306, 0.5, true",
      "valuation_usd, 10e9, 10.04e9, 0.5, false", "valuation_usd, 10e9, 10.06e9, 0.5, true",
      "unknown_metric, 4, 5, 0.5, true", "data, NaN, 60, 0.5, true", "data, NaN, NaN, 0.5, false"})
  void aMetricMovesBeyondTheSameShareOfItsScale(String metric, double base, double current, double points,
      boolean moved) {
    assertThat(new Tolerance(points).moved(metric, base, current, VOCABULARY)).isEqualTo(moved);
  }
}

package dev.stratsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static final Vocabulary VOCABULARY = Vocabulary.of(Map.of(
      "data", new MetricDef("data", 0, 100, true, false, Unit.POINTS, "Data."),
      "share", new MetricDef("share", 0, 1, false, true, Unit.SHARE, "Share."),
      "customers", new MetricDef("customers", 0, Double.POSITIVE_INFINITY, false, true, Unit.COUNT, "Customers."),
      "valuation_usd", new MetricDef("valuation_usd", 0, Double.POSITIVE_INFINITY, false, false, Unit.USD, "Value.")),
      Map.of());

  @Test
  void aMetricHasTheUnitItDeclaresWhateverItsName() {
    assertThat(VOCABULARY.unitOf("valuation_usd")).isEqualTo(Unit.USD);
    assertThat(VOCABULARY.unitOf("customers")).isEqualTo(Unit.COUNT);
    assertThat(VOCABULARY.unitOf("data")).isEqualTo(Unit.POINTS);
  }

  @Test
  void aMetricTrackedPerSupplierHasTheUnitOfTheMetricBeforeTheColon() {
    assertThat(VOCABULARY.definition("share:scale-ai")).map(MetricDef::name).contains("share");
    assertThat(VOCABULARY.unitOf("share:scale-ai")).isEqualTo(Unit.SHARE);
  }

  @Test
  void theIndexAndUndeclaredNamesAreInPoints() {
    assertThat(VOCABULARY.definition("index")).isEmpty();
    assertThat(VOCABULARY.unitOf("index")).isEqualTo(Unit.POINTS);
    assertThat(VOCABULARY.unitOf("talent")).isEqualTo(Unit.POINTS);
  }

  @Test
  void unitsAreReadByTheWordMetricsYamlUses() {
    assertThat(Unit.NAMES).containsExactly("points", "usd", "share", "count", "level");
    assertThat(Unit.named("level")).contains(Unit.LEVEL);
    assertThat(Unit.named("dollars")).isEmpty();
  }
}

package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of every projection: numbers are their effects, ranks follow the index. */
class ProjectionTest {

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/meta-scale-deal.yaml", "scenarios/exclusive-access.yaml",
      "scenarios/rival-counter-move.yaml", "src/test/resources/mechanisms/world.yaml"})
  void everyScoreIsTheStartValuePlusTheYearsEffectsWithinBounds(String scenario) {
    Projection projection = StockRules.run(Path.of(scenario), List.of());
    var vocabulary = StockRules.get().vocabulary();
    projection.scenario().actors().values().forEach(actor -> actor.metrics().forEach((metric, start) -> {
      double value = start;
      for (YearResult year : projection.years()) {
        double sum = projection.effects().stream()
            .filter(e -> e.year() == year.year() && e.actor().equals(actor.id()) && e.metric().equals(metric))
            .mapToDouble(Effect::delta).sum();
        value = vocabulary.metrics().get(metric).clamp(value + sum);
        assertThat(year.metric(actor.id(), metric).orElseThrow())
            .as("%s.%s@%d", actor.id(), metric, year.year()).isCloseTo(value, within(1e-9));
      }
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/baseline.yaml", "scenarios/meta-scale-deal.yaml",
      "src/test/resources/mechanisms/world.yaml"})
  void ranksNumberTheCompetitorsOfEachArenaByDescendingIndex(String scenario) {
    Projection projection = StockRules.run(Path.of(scenario), List.of());
    for (YearResult year : projection.years()) {
      for (String arena : Set.copyOf(year.arena().values())) {
        List<String> byIndex = year.index().entrySet().stream()
            .filter(e -> year.arenaOf(e.getKey()).equals(arena))
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).toList();
        List<String> byRank = year.rank().entrySet().stream()
            .filter(e -> year.arenaOf(e.getKey()).equals(arena))
            .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        assertThat(byRank).as("ranks in arena %s", arena).isEqualTo(byIndex);
        assertThat(byRank.stream().map(year.rank()::get).toList()).containsExactlyElementsOf(
            IntStream.rangeClosed(1, byIndex.size()).boxed().toList());
      }
    }
  }

  @Test
  void aChipMakerIsRankedAmongChipMakersAndModelBuildersAmongThemselves() {
    YearResult year = StockRules.run(Path.of("scenarios/baseline.yaml"), List.of()).last();

    assertThat(year.arenaOf("nvidia")).isEqualTo("chips");
    assertThat(year.rank().get("nvidia")).isEqualTo(1);
    assertThat(year.arenaOf("meta")).isEqualTo("models");
    assertThat(year.rank().values().stream().filter(r -> r == 1)).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/meta-scale-deal.yaml"})
  void suppliersAreNotRanked(String scenario) {
    Projection projection = StockRules.run(Path.of(scenario), List.of());
    assertThat(projection.last().rank()).doesNotContainKeys("scale-ai", "surge-ai").containsKeys("meta", "google");
    assertThat(projection.last().metric("scale-ai", "customers")).isPresent();
  }
}

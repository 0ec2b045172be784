package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.evaluation.ProjectionFacts;
import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.ExpressionParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stock deal as reported is the baseline plus its deal, so the same scenario without its
 * deals projects exactly as the baseline does.
 */
class CounterfactualTest {
  private static final Path DEAL = Path.of("scenarios/meta-scale-deal.yaml");
  private static final Path BASELINE = Path.of("scenarios/baseline.yaml");

  @Test
  void withoutItsDealsTheDealIsTheBaseline() {
    Projection deal = StockRules.run(DEAL, List.of());
    Projection baseline = StockRules.run(BASELINE, List.of());

    Projection without = deal.withoutDeals();

    assertThat(without.scenario().deals()).isEmpty();
    assertThat(without.years()).isEqualTo(baseline.years());
    assertThat(without.start()).isEqualTo(deal.start());
    assertThat(without.firings()).isEqualTo(baseline.firings());
    assertThat(without.scenario().sha256()).as("determined by the scenario it comes from")
        .isEqualTo(deal.scenario().sha256());
  }

  @Test
  void runsOnceHoweverOftenItIsAskedFor() {
    Projection deal = StockRules.run(DEAL, List.of());

    assertThat(deal.withoutDeals()).isSameAs(deal.withoutDeals());
    assertThat(deal.withoutDeals().withoutDeals()).as("nothing left to take away").isSameAs(deal.withoutDeals());
  }

  @Test
  void aScenarioWithoutDealsIsItsOwnCounterfactual() {
    Projection baseline = StockRules.run(BASELINE, List.of());

    assertThat(baseline.withoutDeals()).isSameAs(baseline);
    assertThat(evaluate("effect(meta.index@2029) == 0 and nodeal(meta.rank) == meta.rank", baseline).holds())
        .isTrue();
  }

  @Test
  void effectIsTheProjectionLessTheBaseline() {
    Projection deal = StockRules.run(DEAL, List.of());
    double with = deal.last().metric("meta", "data").orElseThrow();
    double without = StockRules.run(BASELINE, List.of()).last().metric("meta", "data").orElseThrow();

    Evaluation effect = evaluate("effect(meta.data@2029)", deal);

    assertThat(with).isGreaterThan(without);
    assertThat((Double) effect.value()).isEqualTo(with - without);
    assertThat(effect.seen()).extracting(o -> o.what())
        .containsExactly("effect(meta.data@2029)", "meta.data@2029", "nodeal(meta.data@2029)");
    assertThat(evaluate("meta.data@2029 > meta.data@start + 5 and not nodeal(meta.data@2029 > meta.data@start + 5)", deal)
        .holds()).as("Meta's data climbs only with the deal").isTrue();
  }

  private static Evaluation evaluate(String source, Projection projection) {
    return Evaluator.evaluate(ExpressionParser.parse(source), new ProjectionFacts(projection));
  }
}

package dev.stratsim.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.StockRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static final List<String> PILLARS = StockRules.get().vocabulary().pillars();

  private static Attribution attribution(String scenario, String focus, List<String> sets, double rho) {
    Projection p = StockRules.run(Path.of("scenarios", scenario + ".yaml"), sets);
    return Attribution.of(p, focus, PILLARS, p.scenario().weights(), rho).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"meta-scale-deal", "exclusive-access", "regulator-blocks", "rival-counter-move", "baseline"})
  void theContributionsAddUpToTheIndexChange(String scenario) {
    Attribution a = attribution(scenario, "meta", List.of(), -1);

    double sum = a.contributions().stream().mapToDouble(Attribution.Contribution::index).sum() + a.bounds();
    assertThat(sum).isCloseTo(a.endIndex() - a.startIndex(), within(1e-9));
  }

  @Test
  void withSubstitutablePillarsEachPillarPointIsWorthItsWeight() {
    // rho = 1 makes the index the plain mean of three equally weighted pillars: no nonlinearity left.
    Attribution a = attribution("meta-scale-deal", "meta", List.of("assumptions.pillar_substitutability=1"), 1);

    for (Attribution.Contribution c : a.contributions()) {
      double points = c.points().values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(c.index()).as(c.rule()).isCloseTo(points / 3, within(1e-9));
    }
  }

  @Test
  void aPillarPointOfTheWeakestPillarIsWorthMoreWhenPillarsAreComplements() {
    // Meta's data is its weakest pillar, so with rho = -1 a data point moves its index more than a hardware point.
    Attribution a = attribution("meta-scale-deal", "meta", List.of(), -1);

    double perDataPoint = perPoint(a, "data");
    double perHardwarePoint = perPoint(a, "hardware");
    assertThat(perDataPoint).isGreaterThan(perHardwarePoint).isGreaterThan(1.0 / 3);
  }

  @Test
  void contributionsComeLargestFirstWithTheirSignAndYears() {
    Attribution a = attribution("meta-scale-deal", "meta", List.of(), -1);

    assertThat(a.contributions()).extracting(c -> Math.abs(c.index()))
        .isSortedAccordingTo((x, y) -> Double.compare(y, x));
    Attribution.Contribution cost = a.contributions().stream()
        .filter(c -> c.rule().equals("Capital paid for a deal is not spent on compute")).findFirst().orElseThrow();
    assertThat(cost.index()).isNegative();
    assertThat(cost.firstYear()).isEqualTo(2025).isEqualTo(cost.lastYear());
  }

  @Test
  void anIndexThatIsNotTheCesMeanOfThePillarsIsNotAttributed() {
    Projection p = StockRules.run(Path.of("scenarios/meta-scale-deal.yaml"), List.of());

    assertThat(Attribution.of(p, "meta", PILLARS, p.scenario().weights(), 0.5)).isEmpty();
    assertThat(Attribution.of(p, "scale-ai", PILLARS, p.scenario().weights(), -1.0)).isEmpty();
    assertThat(Attribution.of(p, "meta", PILLARS, p.scenario().weights(), null)).isEmpty();
  }

  private static double perPoint(Attribution a, String pillar) {
    return a.contributions().stream().filter(c -> c.points().size() == 1 && c.points().containsKey(pillar))
        .filter(c -> Math.abs(c.points().get(pillar)) > 1)
        .mapToDouble(c -> c.index() / c.points().get(pillar)).findFirst().orElseThrow();
  }

}

package dev.stratsim.analysis.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.evaluation.ProjectionFacts;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How far a check holds or fails, as a share of its metric's range, on the tiny rules: Initech's
 * data grows a point a year from 40 to 42 in 2026; Hooli leads Initech.
 */
class MarginTest {
  static final Path RULES = Path.of("src/test/resources/calibrate/rules");
  static final Path INITECH = Path.of("src/test/resources/calibrate/suite/initech.yaml");

  private final RuleSet rules = RuleSet.load(RULES);
  private final ProjectionFacts facts = new ProjectionFacts(new Simulator(rules).run(
      new ScenarioLoader(rules.vocabulary()).load(INITECH)));
  private final Margin margin = new Margin(rules.vocabulary());

  private double of(String check) {
    return margin.of(ExpressionParser.parseCheck(check), facts);
  }

  @Test
  void aComparisonIsItsSidesApartOverTheMetricsRange() {
    assertThat(of("initech.data@2026 > 39")).isCloseTo(0.03, within(1e-12));
    assertThat(of("initech.data@2026 < 39")).isCloseTo(-0.03, within(1e-12));
    assertThat(of("initech.data@2026 >= initech.data@start + 2")).isCloseTo(0, within(1e-12));
    assertThat(of("initech.data@2026 == 42")).isCloseTo(0, within(1e-12));
    assertThat(of("initech.data@2026 != 43")).isCloseTo(0.01, within(1e-12));
  }

  @Test
  void aRankRangesOverTheCompetitorsOfItsArena() {
    assertThat(of("hooli.rank@2026 < initech.rank@2026")).as("one place of a field of two").isEqualTo(1);
  }

  @Test
  void andTakesTheWorseOrTheBetterAndNotTurnsItRound() {
    assertThat(of("initech.data@2026 > 39 and initech.data@2026 > 43")).isCloseTo(-0.01, within(1e-12));
    assertThat(of("initech.data@2026 > 39 or initech.data@2026 > 43")).isCloseTo(0.03, within(1e-12));
    assertThat(of("not initech.data@2026 > 39")).isCloseTo(-0.03, within(1e-12));
  }

  @Test
  void whatHasNoDistanceCountsAsAWholeRangeEitherWay() {
    assertThat(of("fired(\"Data grows every year\")")).isEqualTo(1);
    assertThat(of("not fired(\"Data grows every year\")")).isEqualTo(-1);
  }

  @Test
  void creditSaturatesOnceAComfortableMarginIsReached() {
    assertThat(Score.credit(0.5)).isEqualTo(1);
    assertThat(Score.credit(Score.TAU)).isEqualTo(1);
    assertThat(Score.credit(Score.TAU / 4)).isCloseTo(0.5, within(1e-12));
    assertThat(Score.credit(0)).isEqualTo(0);
    assertThat(Score.credit(-Score.TAU / 4)).isCloseTo(-0.5, within(1e-12));
    assertThat(Score.credit(-Score.TAU)).isEqualTo(-1);
    assertThat(Score.credit(-0.1 - Score.TAU)).as("failing by far still slopes back").isCloseTo(-1.1, within(1e-12));
  }
}

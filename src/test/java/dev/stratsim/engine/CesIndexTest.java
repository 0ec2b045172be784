package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CesIndexTest {
  /** Weights 1, 1, 2 are shares 1/4, 1/4, 1/2; pillars whose roots come out whole. */
  private static final List<Double> WEIGHTS = List.of(1.0, 1.0, 2.0);
  private static final double[] PILLARS = {16, 81, 36};

  @Test
  void withRhoOneTheIndexIsTheWeightedAverage() {
    // 16/4 + 81/4 + 36/2 = 4 + 20.25 + 18
    assertThat(CesIndex.of(WEIGHTS, 1).value(PILLARS)).isCloseTo(42.25, within(1e-12));
  }

  @Test
  void withRhoZeroTheIndexIsTheWeightedGeometricMean() {
    // 16^(1/4) * 81^(1/4) * 36^(1/2) = 2 * 3 * 6
    assertThat(CesIndex.of(WEIGHTS, 0).value(PILLARS)).isCloseTo(36, within(1e-12));
  }

  @Test
  void withRhoMinusOneTheIndexIsTheWeightedHarmonicMean() {
    // 1 / (1/64 + 1/324 + 1/72) = 1 / ((81 + 16 + 72) / 5184) = 5184 / 169
    assertThat(CesIndex.of(WEIGHTS, -1).value(PILLARS)).isCloseTo(5184.0 / 169, within(1e-12));
  }

  @Test
  void aWeightedPillarAtZeroIsWorthNothingWhenPillarsAreComplements() {
    double[] noData = {0, 81, 36};

    assertThat(CesIndex.of(WEIGHTS, -1).value(noData)).isZero();
    assertThat(CesIndex.of(WEIGHTS, 0).value(noData)).isZero();
    assertThat(CesIndex.of(WEIGHTS, -1).smoothAt(noData)).isFalse();
    // As substitutes the other pillars still count: 0 + 81/4 + 36/2.
    assertThat(CesIndex.of(WEIGHTS, 1).value(noData)).isCloseTo(38.25, within(1e-12));
    assertThat(CesIndex.of(WEIGHTS, 1).smoothAt(noData)).isTrue();
  }

  @Test
  void aPillarWithoutWeightDoesNotCountEvenAtZero() {
    // 1 / (1/2 / 20 + 1/2 / 60) = 30
    CesIndex index = CesIndex.of(List.of(0.0, 1.0, 1.0), -1);

    assertThat(index.value(new double[] {0, 20, 60})).isCloseTo(30, within(1e-12));
    assertThat(index.gradient(new double[] {0, 20, 60})[0]).isZero();
  }

  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(doubles = {1, 0.5, 0, -1, -2})
  void theGradientIsTheSlopeOfTheIndex(double rho) {
    CesIndex index = CesIndex.of(WEIGHTS, rho);
    double[] gradient = index.gradient(PILLARS);
    double h = 1e-5;

    for (int i = 0; i < PILLARS.length; i++) {
      double[] up = PILLARS.clone();
      double[] down = PILLARS.clone();
      up[i] += h;
      down[i] -= h;
      double centralDifference = (index.value(up) - index.value(down)) / (2 * h);
      assertThat(gradient[i]).as("pillar %d", i).isCloseTo(centralDifference, within(1e-7));
    }
  }

  @ParameterizedTest(name = "rho = {0}")
  @ValueSource(doubles = {1, 0.5, 0, -1, -2})
  void pillarPointsTimesTheirSlopesAddUpToTheIndex(double rho) {
    // A CES mean is homogeneous of degree one (Euler): what lets the attribution add up.
    CesIndex index = CesIndex.of(WEIGHTS, rho);
    double[] gradient = index.gradient(PILLARS);

    double sum = 0;
    for (int i = 0; i < PILLARS.length; i++) {
      sum += PILLARS[i] * gradient[i];
    }
    assertThat(sum).isCloseTo(index.value(PILLARS), within(1e-9));
  }

  @Test
  void theRulesGetTheIndexOfScoresWithTheirArenasWeights() {
    List<Score> scores = List.of(new Score(2025, "acme", "data", 16), new Score(2025, "acme", "hardware", 81),
        new Score(2025, "acme", "algorithms", 36));
    Weights weights = new Weights(new TreeMap<>(Map.of("models",
        new TreeMap<>(Map.of("data", 1.0, "hardware", 1.0, "algorithms", 2.0)),
        "chips", new TreeMap<>(Map.of("hardware", 1.0)))));

    assertThat(CesIndex.index(scores, weights, "models", -1)).isEqualTo(CesIndex.of(WEIGHTS, -1).value(PILLARS));
    assertThat(CesIndex.index(scores, weights, "chips", -1))
        .as("pillars without a weight in the arena count for nothing").isCloseTo(81, within(1e-12));
  }
}

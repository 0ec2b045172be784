package dev.stratsim.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Latin hypercube strata, rank correlations and their determinism. */
class DesignTest {
  private static final int N = 1000;

  @Test
  void latinHypercubePutsEachInputsDrawsOnePerStratum() throws Exception {
    // Also with correlated inputs: the strata are dealt out in the order of the correlated scores.
    for (Correlation correlation : List.of(Correlation.NONE,
        Correlation.of(List.of(new Correlation.Pair(0, 2, 0.8))))) {
      Design design = new Design(Sampling.lhs, 9, 3, correlation, N, N);
      double[][] u = draws(design, N);
      for (int j = 0; j < 3; j++) {
        int input = j;
        int[] strata = IntStream.range(0, N).map(i -> (int) Math.floor(u[i][input] * N)).sorted().toArray();
        assertThat(strata).as("input %d with %s", j, correlation.pairs()).isEqualTo(IntStream.range(0, N).toArray());
      }
    }
  }

  @Test
  void eachBatchIsALatinHypercubeOfItsOwn() {
    // 1000 samples in batches of 300: three of 300 and a last one of 100.
    Design design = new Design(Sampling.lhs, 3, 2, Correlation.NONE, N, 300);
    double[][] u = draws(design, N);
    for (int first = 0; first < N; first += 300) {
      int n = Math.min(300, N - first);
      int from = first;
      for (int j = 0; j < 2; j++) {
        int input = j;
        assertThat(IntStream.range(from, from + n).map(i -> (int) Math.floor(u[i][input] * n)).sorted().toArray())
            .isEqualTo(IntStream.range(0, n).toArray());
      }
    }
  }

  @Test
  void randomSamplingWithoutCorrelationsDrawsAsBefore() {
    Design design = Design.random(11, 3, Correlation.NONE);
    for (int i = 0; i < 20; i++) {
      UniformRandomProvider rng = Seeds.sample(11, i);
      assertThat(design.uniforms(i)).containsExactly(Seeds.uniform(rng), Seeds.uniform(rng), Seeds.uniform(rng));
    }
  }

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void theSameSeedGivesTheSameDrawsInAnyOrder(Sampling sampling) throws Exception {
    Correlation correlation = Correlation.of(List.of(new Correlation.Pair(0, 1, -0.6)));
    double[][] forward = draws(new Design(sampling, 5, 2, correlation, N, 400), N);
    Design backward = new Design(sampling, 5, 2, correlation, N, 400);
    for (int i = N - 1; i >= 0; i--) {
      assertThat(backward.uniforms(i)).as("sample %d", i).containsExactly(forward[i]);
    }
  }

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void drawsHaveTheRankCorrelationsAskedForAndNoOthers(Sampling sampling) throws Exception {
    Correlation correlation = Correlation.of(List.of(new Correlation.Pair(0, 1, 0.7),
        new Correlation.Pair(1, 2, -0.5)));
    double[][] u = draws(new Design(sampling, 1, 4, correlation, N, N), N);

    assertThat(spearman(u, 0, 1)).isCloseTo(0.7, within(0.1));
    assertThat(spearman(u, 1, 2)).isCloseTo(-0.5, within(0.1));
    // Input 3 is named in no pair.
    assertThat(spearman(u, 0, 3)).isCloseTo(0, within(0.1));
    assertThat(spearman(u, 2, 3)).isCloseTo(0, within(0.1));
  }

  @Test
  void withoutCorrelationsInputsStayUncorrelated() {
    double[][] u = draws(new Design(Sampling.lhs, 2, 3, Correlation.NONE, N, N), N);
    assertThat(spearman(u, 0, 1)).isCloseTo(0, within(0.1));
    assertThat(spearman(u, 1, 2)).isCloseTo(0, within(0.1));
  }

  @Test
  void perfectCorrelationIsPossibleAndKeepsTheOrder() throws Exception {
    Correlation correlation = Correlation.of(List.of(new Correlation.Pair(0, 1, 1)));
    double[][] u = draws(Design.random(4, 2, correlation), 200);
    assertThat(spearman(u, 0, 1)).isCloseTo(1, within(1e-9));
  }

  @Test
  void coefficientsThatCannotHoldTogetherAreRefused() {
    assertThatThrownBy(() -> Correlation.of(List.of(new Correlation.Pair(0, 1, 0.9),
        new Correlation.Pair(1, 2, 0.9), new Correlation.Pair(0, 2, -0.9))))
        .isInstanceOf(Correlation.Impossible.class)
        .satisfies(e -> assertThat(((Correlation.Impossible) e).smallestEigenvalue()).isNegative());
  }

  private static double[][] draws(Design design, int n) {
    return IntStream.range(0, n).mapToObj(design::uniforms).toArray(double[][]::new);
  }

  private static double spearman(double[][] u, int a, int b) {
    return new SpearmansCorrelation().correlation(column(u, a), column(u, b));
  }

  private static double[] column(double[][] u, int j) {
    return IntStream.range(0, u.length).mapToDouble(i -> u[i][j]).toArray();
  }
}

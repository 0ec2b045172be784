package dev.stratsim.expect.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionException;
import dev.stratsim.expect.ExpressionParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsTest {
  /** Four samples in which meta's rank is 1, 2, 2 and 4: enough to work every statistic out by hand. */
  private static final List<Double> RANKS = List.of(1.0, 2.0, 2.0, 4.0);

  /** Evaluates each argument in each sample, as a simulation would, with meta.rank as the only metric. */
  private record FourSamples() implements Samples {
    @Override
    public double probability(Expr check) {
      return values(check).stream().mapToDouble(v -> v).average().orElseThrow();
    }

    @Override
    public double percentile(Expr number, double p) {
      // Linear interpolation between order statistics (HF7), as simulate reports percentiles.
      List<Double> sorted = values(number).stream().sorted().toList();
      double h = (sorted.size() - 1) * p / 100;
      int low = (int) Math.floor(h);
      int high = Math.min(low + 1, sorted.size() - 1);
      return sorted.get(low) + (h - low) * (sorted.get(high) - sorted.get(low));
    }

    @Override
    public double mean(Expr number) {
      return probability(number);
    }

    private static List<Double> values(Expr argument) {
      return RANKS.stream().map(rank -> Evaluator.evaluate(argument, new OneRun(rank)).value())
          .map(v -> v instanceof Boolean b ? (b ? 1.0 : 0.0) : (Double) v).toList();
    }
  }

  private record OneRun(double rank) implements dev.stratsim.expect.Facts {
    @Override
    public double metric(String actor, String metric, Integer year) {
      return rank;
    }

    @Override
    public boolean fired(String rule) {
      return rank == 1;
    }
  }

  @ParameterizedTest(name = "{0} was {1}")
  @CsvSource(delimiter = '|', value = {
      "P(meta.rank <= 2)             | 0.75",
      "P(fired(\"Leaders lead\"))    | 0.25",
      "P5(meta.rank)                 | 1.15",
      "P50(meta.rank)                | 2",
      "P95(meta.rank)                | 3.7",
      "mean(meta.rank)               | 2.25",
      "P90(meta.rank) - P10(meta.rank) | 2.1"})
  void eachStatisticSummarisesItsArgumentOverTheSamples(String expression, double expected) {
    Expr expr = ExpressionParser.parse(expression, Statistics.functions());

    assertThat((Double) Evaluator.evaluate(expr, new FourSamples()).value())
        .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void aCheckSaysWhatEachStatisticWas() {
    Expr check = Statistics.parse("P(meta.rank@2029 <= 2) >= 0.8 or P50(meta.rank@2029) < 2");

    Evaluation result = Evaluator.evaluate(check, new FourSamples());

    assertThat(result.holds()).isFalse();
    assertThat(result.describe(check)).isEqualTo("P(meta.rank@2029 <= 2) >= 0.8 or P50(meta.rank@2029) < 2:"
        + " P(meta.rank@2029 <= 2) was 0.75, P50(meta.rank@2029) was 2");
  }

  @Test
  void theArgumentsAreWhatTheSamplesMustProvideEachOnce() {
    Expr check = Statistics.parse("P50(meta.index) > P50(google.index) - 5 and mean(meta.index) > 70"
        + " and P(meta.rank <= 2) > 0.5");

    assertThat(Statistics.arguments(check)).extracting(Expr::toString)
        .containsExactly("meta.index", "google.index", "meta.rank <= 2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "meta.rank <= 2 | it reads meta.rank outside P(...), a percentile or mean(...), but each sample has its own"
          + " value: write e.g. P50(meta.rank), or P(...) around a comparison",
      "P50(meta.index) > meta.index@2025 | it reads meta.index@2025 outside P(...), a percentile or mean(...), but"
          + " each sample has its own value: write e.g. P50(meta.index@2025), or P(...) around a comparison",
      "fired(\"Leaders lead\") | it reads fired(\"Leaders lead\") outside P(...), but each sample has its own value:"
          + " write P(fired(\"Leaders lead\"))",
      "P(P50(meta.index) > 70) > 0.5 | P50(meta.index) is inside P(...): a statistic reads each sample's value,"
          + " not another statistic",
      "1 < 2 | it reads no samples; use P(...), a percentile such as P50(...) or mean(...)"})
  void aCheckMustReadTheSamplesThroughStatistics(String text, String why) {
    assertThat(Statistics.misuse(Statistics.parse(text))).contains(why);
  }

  @Test
  void aWellFormedCheckHasNoMisuse() {
    assertThat(Statistics.misuse(Statistics.parse("P(meta.rank <= 2 and fired(\"x\")) >= 0.6 * mean(meta.rank)")))
        .isEmpty();
  }

  @Test
  void argumentKindsAreCheckedWhileParsing() {
    assertThatThrownBy(() -> Statistics.parse("P50(meta.rank <= 2) > 0"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("expected a number as argument 1 of P50, found a true/false value at column 5");
    assertThatThrownBy(() -> Statistics.parse("P(meta.rank) > 0"))
        .hasMessage("expected a true/false value as argument 1 of P, found a number at column 3");
  }

  @Test
  void onOneRunAStatisticSaysWhereItBelongs() {
    Expr check = Statistics.parse("P(meta.rank <= 2) > 0.5");

    assertThatThrownBy(() -> Evaluator.evaluate(check, new OneRun(1)))
        .isInstanceOf(EvaluationException.class)
        .hasMessage("P(...) reads Monte Carlo samples; write the check under expect_simulated:");
  }

  @Test
  void thePlainLanguageDoesNotKnowTheStatistics() {
    assertThatThrownBy(() -> ExpressionParser.parseCheck("P(meta.rank <= 2) > 0.5"))
        .hasMessageStartingWith("unknown function 'P'");
    assertThat(Statistics.functions().names())
        .containsExactly("fired", "effect", "nodeal", "P", "P5", "P10", "P25", "P50", "P75", "P90", "P95", "mean");
  }
}

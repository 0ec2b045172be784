package dev.stratsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
  @ParameterizedTest(name = "{0} from {1} to {2} reads {3}")
  @CsvSource(delimiter = '|', textBlock = """
      index             | 70.04    | 79.67    | +9.7
      index             | 71.66    | 70.34    | -1.4
      data              | 62.0     | 62.04    | 0.0
      share:scale-ai    | 0.35     | 0.2134   | -13.7 pts
      valuation_usd     | 13.8e9   | 24.83e9  | +$11.0B
      customers         | 4        | 1        | -3
      """)
  void aChangeShownBesideItsEndsIsTakenFromThemWhereTheyAreShownToOneDecimal(String metric, double from,
      double to, String shown) {
    assertThat(Numbers.metricChangeAsShown(metric, from, to)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}: {1} and {2} shown are {3} apart")
  @CsvSource(delimiter = '|', textBlock = """
      index             | 74.21    | 79.69    | +5.5
      data              | 62.04    | 62.0     | 0.0
      share:scale-ai    | 0.35     | 0.2134   | -13.7 pts
      share:scale-ai    | 0.21351  | 0.2134   | -0.1 pts
      valuation_usd     | 13.8e9   | 24.84e9  | +$11.0B
      valuation_usd     | 13.76e9  | 24.84e9  | +$11.0B
      valuation_usd     | 9e8      | 1.2e9    | +$300.0M
      valuation_usd     | 24.86e9  | 24.84e9  | -$100.0M
      valuation_usd     | 5e9      | 5e9      | 0
      customers         | 3.6      | 1.4      | -3
      """)
  void aDifferenceBesideBothValuesAddsUpAsTheyAreShown(String metric, double from, double to, String shown) {
    assertThat(Numbers.differenceAsShown(metric, from, to)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} and {1} are {2} apart as shown")
  @CsvSource(delimiter = '|', textBlock = """
      80.14 | 79.16 | 0.9
      79.16 | 80.14 | 0.9
      74.2  | 74.24 | 0.0
      """)
  void aSwingIsTheDistanceBetweenTheShownEnds(double a, double b, String shown) {
    assertThat(Numbers.distanceAsShown(a, b)).isEqualTo(shown);
  }
}

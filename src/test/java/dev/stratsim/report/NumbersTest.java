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

package dev.stratsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
  @ParameterizedTest(name = "{1} in {0} reads {2}")
  @CsvSource(delimiter = '|', textBlock = """
      POINTS | 47.449   | 47.4
      USD    | 24.83e9  | $24.8B
      USD    | 350e6    | $350.0M
      SHARE  | 0.2134   | 21.3%
      COUNT  | 3        | 3
      LEVEL  | 2        | 2
      """)
  void aValueReadsAsItsUnitSays(Unit unit, double value, String shown) {
    assertThat(Numbers.metric(unit, value)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}: {1} and {2} shown are {3} apart")
  @CsvSource(delimiter = '|', textBlock = """
      POINTS  | 74.21    | 79.69    | +5.5
      POINTS  | 62.04    | 62.0     | 0.0
      SHARE   | 0.35     | 0.2134   | -13.7 pts
      SHARE   | 0.21351  | 0.2134   | -0.1 pts
      USD     | 13.8e9   | 24.84e9  | +$11.0B
      USD     | 13.76e9  | 24.84e9  | +$11.0B
      USD     | 9e8      | 1.2e9    | +$300.0M
      USD     | 24.86e9  | 24.84e9  | -$100.0M
      USD     | 5e9      | 5e9      | 0
      COUNT   | 3.6      | 1.4      | -3
      LEVEL   | 0        | 2        | +2
      """)
  void aDifferenceBesideBothValuesAddsUpAsTheyAreShown(Unit unit, double from, double to, String shown) {
    assertThat(Numbers.differenceAsShown(unit, from, to)).isEqualTo(shown);
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

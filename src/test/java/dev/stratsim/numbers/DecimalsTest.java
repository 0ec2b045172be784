package dev.stratsim.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

  @ParameterizedTest(name = "{0} to {1} places  ==>  {2}, {3}")
  @CsvSource(delimiter = '|', textBlock = """
      0.125   | 2 | 0.12   | 0.12
      0.135   | 2 | 0.14   | 0.14
      0.455   | 2 | 0.46   | 0.46
      2.675   | 2 | 2.68   | 2.68
      62.25   | 1 | 62.2   | 62.2
      62.35   | 1 | 62.4   | 62.4
      71      | 1 | 71.0   | 71
      61.20   | 2 | 61.20  | 61.2
      -0.001  | 2 | 0.00   | 0
      1e9     | 2 | 1000000000.00 | 1000000000
      """)
  void tiesRoundToEvenOnTheShortestDecimalForm(double value, int places, String fixed, String upTo) {
    assertThat(Decimals.fixed(value, places)).isEqualTo(fixed);
    assertThat(Decimals.upTo(value, places)).isEqualTo(upTo);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', textBlock = """
      3       | 3
      -2      | -2
      0.1     | 0.1
      1e15    | 1000000000000000
      1.5e-7  | 0.00000015
      """)
  void exactKeepsEveryDigitAndNoWholeNumberDecimal(double value, String shown) {
    assertThat(Decimals.exact(value)).isEqualTo(shown);
  }
}

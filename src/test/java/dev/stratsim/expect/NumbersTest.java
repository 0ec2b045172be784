package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', textBlock = """
      3           | 3
      3.0         | 3
      61.2        | 61.2
      61.20       | 61.2
      0.456       | 0.46
      0.455       | 0.46
      0.125       | 0.12
      0.135       | 0.14
      2.5         | 2.5
      -3.14159    | -3.14
      -0.001      | 0
      1e9         | 1000000000
      1.2345e30   | 1.23E+30
      """)
  void briefShowsAtMostTwoDecimals(double value, String shown) {
    assertThat(Numbers.brief(value)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2         | 2
      0.5       | 0.5
      70e9      | 70000000000
      1e-7      | 0.0000001
      0.1       | 0.1
      1e300     | 1E+300
      4.9e-324  | 4.9E-324
      """)
  void sourceIsExactAndReadsBack(double value, String source) {
    assertThat(Numbers.source(value)).isEqualTo(source);
    assertThat(ExpressionParser.parse(source)).isEqualTo(new Expr.Num(value));
  }
}

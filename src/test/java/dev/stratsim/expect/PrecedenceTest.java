package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How operators group, shown with every group parenthesised. */
class PrecedenceTest {

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      1 - 2 - 3                          | (- (- 1 2) 3)
      8 / 4 / 2                          | (/ (/ 8 4) 2)
      2 * 3 + 4                          | (+ (* 2 3) 4)
      2 + 3 * 4                          | (+ 2 (* 3 4))
      2 * (3 + 4)                        | (* 2 (+ 3 4))
      1 - 2 + 3                          | (+ (- 1 2) 3)
      -2 * 3                             | (* (neg 2) 3)
      - -2                               | (neg (neg 2))
      2 - -3                             | (- 2 (neg 3))
      -a.b@2029 / 2                      | (/ (neg a.b@2029) 2)
      not true and false                 | (and (not true) false)
      not (true and false)               | (not (and true false))
      not not true                       | (not (not true))
      true or false and false            | (or true (and false false))
      true and false or true             | (or (and true false) true)
      true or false or true              | (or (or true false) true)
      not a.x < 1                        | (not (< a.x 1))
      not a.x < 1 and b.y > 2            | (and (not (< a.x 1)) (> b.y 2))
      1 + 2 == 3 and true                | (and (== (+ 1 2) 3) true)
      true == false or true              | (or (== true false) true)
      (a.x < 1) == (b.y < 2)             | (== (< a.x 1) (< b.y 2))
      a.x * 2 >= b.y - 1                 | (>= (* a.x 2) (- b.y 1))
      meta.rank@2029 <= 2                | (<= meta.rank@2029 2)
      meta.data@2029 > meta.data@2025    | (> meta.data@2029 meta.data@2025)
      a.b@2029-2                         | (- a.b@2029 2)
      scale-ai.neutrality < 50 and not fired("A regulator's block") \
        | (and (< scale-ai.neutrality 50) (not (fired "A regulator's block")))
      (google.index@2027 - meta.index@2027) / 2 > -5 \
        | (> (/ (- google.index@2027 meta.index@2027) 2) (neg 5))
      """)
  void groups(String source, String grouped) {
    assertThat(Trees.sexpr(ExpressionParser.parse(source))).isEqualTo(grouped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      scale-ai.neutrality        | scale-ai | neutrality |
      x_1.market-share@2030      | x_1      | market-share | 2030
      _a.b-                      | _a       | b-         |
      meta.data-2                | meta     | data-2     |
      Meta.Rank@0                | Meta     | Rank       | 0
      not.and                    | not      | and        |
      """)
  void hyphensAndDigitsBelongToNames(String source, String actor, String metric, Integer year) {
    assertThat(ExpressionParser.parse(source)).isEqualTo(new Expr.MetricRef(actor, metric, year));
  }
}

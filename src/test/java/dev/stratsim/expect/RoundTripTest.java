package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.expect.Expr.Binary;
import dev.stratsim.expect.Expr.Num;
import dev.stratsim.expect.Expr.Unary;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** toString prints canonical source, which parses back to the same tree. */
class RoundTripTest {

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      meta.rank@2029<=2                   | meta.rank@2029 <= 2
      (1+2)*3                             | (1 + 2) * 3
      1-(2-3)                             | 1 - (2 - 3)
      (1-2)-3                             | 1 - 2 - 3
      1/(2*3)                             | 1 / (2 * 3)
      ((a.b))                             | a.b
      -(a.b + 1)                          | -(a.b + 1)
      - -2                                | -(-2)
      -(-(2))                             | -(-2)
      1e9                                 | 1000000000
      70e9                                | 70000000000
      0.50                                | 0.5
      2.0                                 | 2
      1E-3                                | 0.001
      1e300                               | 1E+300
      not(true and false)                 | not (true and false)
      (not true) and false                | not true and false
      not (a.b < 1)                       | not a.b < 1
      true and (false and true)           | true and (false and true)
      (a.b < 1) == (c.d < 2)              | (a.b < 1) == (c.d < 2)
      (true == false) != true             | (true == false) != true
      fired( "Neutrality loss"  )         | fired("Neutrality loss")
      fired("say \\"hi\\" \\\\ bye")      | fired("say \\"hi\\" \\\\ bye")
      `  a.b   >  1  `                    | a.b > 1
      meta.data@start<meta.data           | meta.data@start < meta.data
      meta.data@start-meta.data@2025      | meta.data@start - meta.data@2025
      google.share:scale-ai@2029>0.1      | google.share:scale-ai@2029 > 0.1
      a.share:3m@start                    | a.share:3m@start
      effect( meta.index@2029 )>0         | effect(meta.index@2029) > 0
      nodeal(a.b<1)and not a.b<1          | nodeal(a.b < 1) and not a.b < 1
      -effect(-a.b)                       | -effect(-a.b)
      nodeal(effect(a.b)+1)               | nodeal(effect(a.b) + 1)
      """)
  void printsCanonicalSource(String source, String canonical) {
    Expr parsed = ExpressionParser.parse(source);
    assertThat(parsed.toString()).isEqualTo(canonical);
    assertThat(ExpressionParser.parse(canonical)).isEqualTo(parsed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.stratsim.expect.Corpus#valid")
  void everyValidExpressionRoundTrips(String source) {
    Expr parsed = ExpressionParser.parse(source);
    String canonical = parsed.toString();
    assertThat(ExpressionParser.parse(canonical)).isEqualTo(parsed);
    assertThat(ExpressionParser.parse(canonical).toString()).isEqualTo(canonical);
  }

  @Test
  void handBuiltTreesPrintTheParenthesesTheyNeed() {
    Expr one = new Num(1);
    Expr two = new Num(2);
    Expr nested = new Binary(BinaryOp.SUBTRACT, one, new Binary(BinaryOp.SUBTRACT, two, one));
    Expr negated = new Unary(UnaryOp.NEGATE, new Unary(UnaryOp.NEGATE, two));
    Expr compared = new Binary(BinaryOp.EQ,
        new Binary(BinaryOp.LT, one, two), new Binary(BinaryOp.GT, one, two));
    assertThat(Stream.of(nested, negated, compared).map(Expr::toString))
        .containsExactly("1 - (2 - 1)", "-(-2)", "(1 < 2) == (1 > 2)");
    assertThat(Stream.of(nested, negated, compared).map(e -> ExpressionParser.parse(e.toString())))
        .containsExactly(nested, negated, compared);
  }

  @Test
  void numberLiteralsAreFiniteAndNotNegative() {
    // A negative literal cannot be written back: "-1" parses as a minus applied to 1.
    assertThatThrownBy(() -> new Num(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Num(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Num(-0.0)).isEqualTo(new Num(0));
  }

  @Test
  void metricPathsMustBeWritable() {
    assertThatThrownBy(() -> new Expr.MetricRef("a b", "c", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Expr.MetricRef("a", "1c", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Expr.MetricRef("a", "share:", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Expr.MetricRef("a", "data:x", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Expr.MetricRef("a", "data", 2029, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Expr.MetricRef("a", "share:3m", null).supplier()).isEqualTo("3m");
    assertThat(new Expr.MetricRef("a", "shares", null).supplier()).isNull();
  }
}

package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each syntax error: its one-line message and the column it points at. */
class SyntaxErrorTest {

  @ParameterizedTest(name = "{0}  ==>  {2}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ``                       | expected an expression                                     | 1
      `   `                    | expected an expression                                     | 4
      `meta.rank <= `          | expected a number or metric path after '<='                | 14
      meta.rank <= and         | expected a number or metric path after '<=', found 'and'   | 14
      a.b * )                  | expected a number or metric path after '*', found ')'      | 7
      a.b == )                 | expected a value after '==', found ')'                     | 8
      true and                 | expected a true/false value after 'and'                    | 9
      not                      | expected a true/false value after 'not'                    | 4
      -                        | expected a number or metric path after '-'                 | 2
      (                        | expected an expression after '('                           | 2
      )                        | expected an expression, found ')'                          | 1
      1 2                      | expected an operator or end of input, found '2'            | 3
      1 )                      | unmatched ')'                                              | 3
      (1 + 2                   | expected a ')' to close this '('                           | 1
      (1 + 2 3)                | expected an operator or ')', found '3'                     | 8
      a.b < 1 < 2              | cannot chain comparisons; join them with 'and'             | 9
      a.b == c.d != 1          | cannot chain comparisons; join them with 'and'             | 12
      a.b = 1                  | unexpected '='; use '==' to compare                        | 5
      !fired("x")              | unexpected '!'; use 'not' or '!='                          | 1
      true && false            | unexpected '&'; use 'and'                                  | 6
      `true || false`          | `unexpected '|'; use 'or'`                                 | 6
      fired('x')               | unexpected single quote; strings take double quotes        | 7
      a.b # 1                  | unexpected character '#'                                   | 5
      a.b @2029                | unexpected '@'; write the year right after the metric, as in 'meta.rank@2029' | 5
      a.b.c                    | unexpected '.'                                             | 4
      a.data-b.data > 1        | unexpected '.'; a '-' inside a name is part of it, put spaces around '-' to subtract | 9
      a.b- 2 > 1               | expected an operator or end of input, found '2'; a '-' ending a name is part of it | 6
      meta. > 1                | expected a metric name after 'meta.'                       | 6
      meta.rank@ > 1           | expected a year or 'start' after 'meta.rank@'              | 11
      meta.rank@sta > 1        | expected a year or 'start' after 'meta.rank@'              | 11
      meta.rank@started > 1    | expected a year or 'start' after 'meta.rank@'              | 11
      meta.rank@start@2029     | unexpected '@'; write the year right after the metric, as in 'meta.rank@2029' | 16
      google.share: > 0.1      | expected a supplier's id after 'google.share:'             | 14
      google.share:-x > 0.1    | expected a supplier's id after 'google.share:'             | 14
      google.data:x > 1        | unexpected ':'; only a supply share takes one, as in 'google.share:scale-ai' | 12
      meta.rank@20290000000    | year 20290000000 is too large                              | 11
      meta > 1                 | expected '.' and a metric name after 'meta'                | 6
      2. + 1                   | expected a digit after '2.'                                | 3
      1e + 1                   | expected the exponent's digits after '1e'                  | 3
      1e999                    | number '1e999' is too large                                | 1
      .5                       | unexpected '.'                                             | 1
      a.b > 1 AND c.d < 2      | expected an operator or end of input, found 'AND'; keywords are lowercase | 9
      NOT a.b > 1              | keywords are lowercase: write 'not'                        | 1
      "x" == "x"               | a string is only allowed as a function argument, as in fired("...") | 1
      `fired("x`               | expected a '"' to end the string                           | 7
      `fired("a\\nb")`         | expected '"' or '\\' after a backslash                     | 9
      a.b == not true          | expected a value after '==', found 'not'; put parentheses around 'not ...' | 8
      fired                    | expected '(' after 'fired'                                 | 6
      effect > 1               | expected '(' after 'effect'                                | 8
      effect(a.b > 1) > 0      | expected a number as argument 1 of effect, found a true/false value | 8
      nodeal() > 1             | expected a number or a true/false value as argument 1 of nodeal, found ')' | 8
      nodeal(a.b > 1) > 1      | expected a number before '>', found a true/false value     | 1
      effect(fired("x"))       | expected a number as argument 1 of effect, found a true/false value | 8
      fird("x")                | unknown function 'fird' (did you mean 'fired'?)            | 1
      frobnicate(1)            | unknown function 'frobnicate' (known: effect, fired, nodeal)               | 1
      fired()                  | expected a string in double quotes as argument 1 of fired, found ')' | 7
      fired(a.b)               | expected a string in double quotes as argument 1 of fired, found 'a.b' | 7
      fired("a", "b")          | expected ')': fired takes 1 argument                       | 10
      fired("a" "b")           | expected ')' after the last argument of fired, found "b"   | 11
      `fired("a"`              | expected a ')' to close this '('                           | 6
      """)
  void reportsWhatWasExpected(String source, String reason, int column) {
    ExpressionException error =
        catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(source));
    assertThat(error).as("parse(%s)", source).isNotNull();
    assertThat(error.reason()).isEqualTo(reason);
    assertThat(error.column()).isEqualTo(column);
    assertThat(error.getMessage()).isEqualTo(reason + " at column " + column);
  }

  @Test
  void refusesToNestDeeperThanAnyRealCheck() {
    String deep = "(".repeat(300) + "1" + ")".repeat(300);
    assertThat(catchThrowableOfType(ExpressionException.class,
        () -> ExpressionParser.parse(deep)).reason()).isEqualTo(TOO_DEEP);
    assertThat(ExpressionParser.parse("(".repeat(100) + "1" + ")".repeat(100)))
        .isEqualTo(new Expr.Num(1));
    assertThat(catchThrowableOfType(ExpressionException.class,
        () -> ExpressionParser.parse("not ".repeat(240) + "true")).column()).isEqualTo(801);
  }

  private static final String TOO_DEEP = "expression nests too deeply (more than 200 operators or parentheses"
      + " inside one another); split it into several";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1+", "1*", "1-", "-", "not "})
  void aLongChainOfOperatorsIsRefusedBeforeItCanOverflowTheStack(String link) {
    String chain = link.repeat(990 / link.length()) + (link.startsWith("n") ? "true" : "1");

    assertThat(catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(chain)).reason())
        .isEqualTo(TOO_DEEP);
  }

  @Test
  void aChainUpToTheLimitParsesPrintsAndEvaluates() {
    Expr sum = ExpressionParser.parseCheck("1 + ".repeat(198) + "1 > 0");

    assertThat(ExpressionParser.parseCheck(sum.toString())).isEqualTo(sum);
    assertThat(Evaluator.evaluate(((Expr.Binary) sum).left(), new FakeFacts(2025, 2029, java.util.Set.of(), java.util.Set.of())).value()).isEqualTo(199.0);
  }

  @Test
  void refusesTextLongerThanAnyRealCheck() {
    String terms = "1 + ".repeat(2000) + "1 > 0";

    ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(terms));

    assertThat(error.getMessage()).isEqualTo("expression is too long (8005 characters; the limit is 1000);"
        + " split it into several at column 1001");
  }
}

package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kinds are checked while parsing, with the column of the offending operand. */
class TypeErrorTest {

  @ParameterizedTest(name = "{0}  ==>  {2}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      1 + true                  | expected a number after '+', found a true/false value        | 5
      true * 2                  | expected a number before '*', found a true/false value       | 1
      -fired("x")               | expected a number after '-', found a true/false value        | 2
      a.b < (1 < 2)             | expected a number after '<', found a true/false value        | 7
      (1 < 2) >= 0              | expected a number before '>=', found a true/false value      | 1
      a.b and true              | expected a true/false value before 'and', found a number     | 1
      true or 2 * a.b           | expected a true/false value after 'or', found a number       | 9
      not a.b                   | expected a true/false value after 'not', found a number      | 5
      a.b == true               | expected a number after '==' to match the left side, found a true/false value | 8
      fired("x") != 0           | expected a true/false value after '!=' to match the left side, found a number | 15
      """)
  void rejectsMixedKinds(String source, String reason, int column) {
    ExpressionException error =
        catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parse(source));
    assertThat(error).as("parse(%s)", source).isNotNull();
    assertThat(error.reason()).isEqualTo(reason);
    assertThat(error.column()).isEqualTo(column);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a.b             | NUMBER
      1 + 2 * a.b     | NUMBER
      -a.b            | NUMBER
      a.b > 1         | BOOLEAN
      fired("x")      | BOOLEAN
      not true        | BOOLEAN
      true == false   | BOOLEAN
      """)
  void parseAcceptsAnyKind(String source, Kind kind) {
    assertThat(ExpressionParser.parse(source).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      meta.rank@2029           | 1
      `  (a.b + 1)`            | 3
      -2                       | 1
      """, quoteCharacter = '`')
  void aCheckMustBeTrueOrFalse(String source, int column) {
    ExpressionException error =
        catchThrowableOfType(ExpressionException.class, () -> ExpressionParser.parseCheck(source));
    assertThat(error.reason()).isEqualTo("expected a true/false check, found a number");
    assertThat(error.column()).isEqualTo(column);
  }

  @Test
  void aCheckMayBeAnyTrueOrFalseExpression() {
    assertThat(ExpressionParser.parseCheck("meta.rank@2029 <= 2").kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(ExpressionParser.parseCheck("true").kind()).isEqualTo(Kind.BOOLEAN);
  }
}

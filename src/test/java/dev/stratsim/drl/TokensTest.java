package dev.stratsim.drl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.drl.Tokens.Kind;
import dev.stratsim.drl.Tokens.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokensTest {

  @Test
  void wordsStringsNumbersAndSymbolsWithTheirOffsetsAndLines() {
    assertThat(Tokens.of("$v : value > 1.5e3\n  || metric == \"a \\\" b\""))
        .containsExactly(
            new Token(Kind.WORD, "$v", 0, 0),
            new Token(Kind.SYMBOL, ":", 3, 0),
            new Token(Kind.WORD, "value", 5, 0),
            new Token(Kind.SYMBOL, ">", 11, 0),
            new Token(Kind.NUMBER, "1.5e3", 13, 0),
            new Token(Kind.SYMBOL, "||", 21, 1),
            new Token(Kind.WORD, "metric", 24, 1),
            new Token(Kind.SYMBOL, "==", 31, 1),
            new Token(Kind.STRING, "a \\\" b", 34, 1));
  }

  @Test
  void commentsAreLeftOutAndStillCountTheirLines() {
    assertThat(Tokens.of("a // b \"c\"\n/* d\n e */ f"))
        .containsExactly(new Token(Kind.WORD, "a", 0, 0), new Token(Kind.WORD, "f", 22, 2));
  }

  @Test
  void aStringLeftOpenEndsWithItsLine() {
    assertThat(Tokens.of("\"open\nx")).containsExactly(new Token(Kind.STRING, "open", 0, 0), new Token(Kind.WORD, "x", 6, 1));
  }

  @Test
  void knobNamesAreTheLiteralsOfNumCalls() {
    List<Token> names = Tokens.knobNames(Tokens.of(
        "$k.num(\"a\") * k.num( 'b' ) + Text.num($x) + num(\"not_a_method_call\") + $k.num(\"\") + $k.num(\"c\" + d)"
            + " // $k.num(\"commented\")\n + \"$k.num(\\\"in_a_string\\\")\""));

    assertThat(names).extracting(Token::text).containsExactly("a", "b");
  }

  @Test
  void equalsLiteralFindsEachFieldComparedWithALiteralInOrder() {
    List<Tokens.Comparison> found = Tokens.equalsLiteral(
        Tokens.of("role == \"lab\", metric ==\"data\", metric == $p, \"x\" == metric, other == \"y\", $metric == \"z\""),
        Set.of("role", "metric"));

    assertThat(found).extracting(c -> c.field().text() + "=" + c.literal().text()).containsExactly("role=lab", "metric=data");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a == b", "a != b", "a <= b", "a >= b", "a && b", "a || b"})
  void twoCharacterOperatorsAreOneToken(String code) {
    assertThat(Tokens.of(code)).extracting(Token::kind).containsExactly(Kind.WORD, Kind.SYMBOL, Kind.WORD);
  }
}

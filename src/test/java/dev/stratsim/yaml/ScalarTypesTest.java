package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a scalar is typed. These are the rules the readers and golden files were written against
 * (once applied by Jackson's YAML parser): YAML 1.1 resolution, then leaned towards YAML 1.2.
 */
class ScalarTypesTest {
  @ParameterizedTest(name = "{0} -> {2} {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      yes                   | "yes"                 | TextNode
      no                    | "no"                  | TextNode
      on                    | "on"                  | TextNode
      Off                   | "Off"                 | TextNode
      y                     | "y"                   | TextNode
      true                  | true                  | BooleanNode
      True                  | true                  | BooleanNode
      FALSE                 | false                 | BooleanNode
      tRue                  | "tRue"                | TextNode
      ~                     | null                  | NullNode
      Null                  | null                  | NullNode
      `''`                  | null                  | NullNode
      12                    | 12                    | IntNode
      012                   | 12                    | IntNode
      -012                  | -12                   | IntNode
      09                    | "09"                  | TextNode
      1_000                 | 1000                  | IntNode
      12345678901           | 12345678901           | LongNode
      123456789012345678901 | 123456789012345678901 | BigIntegerNode
      0x1F                  | "0x1F"                | TextNode
      0b101                 | "0b101"               | TextNode
      0o17                  | "0o17"                | TextNode
      1:30                  | "1:30"                | TextNode
      1e9                   | 1.0E9                 | DoubleNode
      70e9                  | 7.0E10                | DoubleNode
      1.5e3                 | 1500.0                | DoubleNode
      .5                    | 0.5                   | DoubleNode
      1.                    | 1.0                   | DoubleNode
      .inf                  | "Infinity"            | DoubleNode
      -.Inf                 | "-Infinity"           | DoubleNode
      .NaN                  | "NaN"                 | DoubleNode
      1e400                 | "Infinity"            | DoubleNode
      2026-01-01            | "2026-01-01"          | TextNode
      <<                    | "<<"                  | TextNode
      `'12'`                | "12"                  | TextNode
      `"true"`              | "true"                | TextNode
      !!str 12              | "12"                  | TextNode
      !!int "12"            | 12                    | IntNode
      !!int 1.5             | "1.5"                 | TextNode
      !!float 1             | 1                     | IntNode
      !!float abc           | "abc"                 | TextNode
      !!bool yes            | "yes"                 | TextNode
      !!bool True           | true                  | BooleanNode
      !!null x              | null                  | NullNode
      !!int +               | "+"                   | TextNode
      """)
  void typesAScalarAsTheReadersExpect(String yaml, String json, String type) {
    JsonNode node = YamlReader.readValue(yaml, "--set x=" + yaml).root();

    assertThat(node.toString()).isEqualTo(json);
    assertThat(node.getClass().getSimpleName()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      !!binary aGk= | tag '!!binary' is not allowed; remove it and write a plain value | binary values are not allowed; write text or numbers
      !!binary      | tag '!!binary' is not allowed; remove it and write a plain value |
      """)
  void refusesBinaryValues(String yaml, String tag, String binary) {
    // An empty value is never binary, as it never was: only the tag is refused.
    assertThatThrownBy(() -> YamlReader.readValue(yaml, "--set x"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactlyElementsOf(Stream.of(tag, binary)
                .filter(Objects::nonNull).map(m -> Problem.general("--set x: " + m)).toList()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      !!int 0x      | invalid YAML: invalid base-16 number (''), problem: For input string: "" under radix 16
      !!int 08      | invalid YAML: invalid base-8 number ('8'), problem: For input string: "8" under radix 8
      !!int _       | invalid YAML: invalid number ('_')
      !!binary '##' | invalid YAML: illegal character '#' (code 0x23) in base64 content
      """)
  void refusesAValueItsTagCannotRead(String yaml, String message) {
    assertThatThrownBy(() -> YamlReader.readValue(yaml, "--set x"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.general("--set x: " + message)));
  }
}

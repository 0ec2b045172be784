package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistake far down a long file is reported at its own line and column. */
class YamlErrorPlaceTest {
  /** 300 lines of actors, each a map holding a list: the mistake comes after them, on line 301. */
  private static final String ABOVE = "actors:\n" + "  a%d: {name: A, data: [1, 2.5, x]}\n"
      .repeat(299).formatted(range(299));

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unclosed list   | '  z: {name: Z, data: [1, 2}'  | 301 | 27 | invalid YAML: expected ',' or ']', but got } (while parsing a flow sequence that starts at line 301, column 22)
      tag             | '  z: {name: !foo Z}'          | 301 | 13 | tag '!foo' is not allowed; remove it and write a plain value
      duplicate key   | '  z: {name: Z, name: Y}'      | 301 | 16 | duplicate key 'name' in actors.z (first at line 301); remove or rename one
      undefined alias | '  z: {name: *who}'            | 301 | 13 | alias '*who' is not defined above; define it first with '&who'
      bad indentation | ' z: 1'                        | 301 | 2  | invalid YAML: bad indentation; items of one map or list must start in the same column
      bad int         | '  z: {data: !!int 0x}'        | 301 | 21 | invalid YAML: invalid base-16 number (''), problem: For input string: "" under radix 16
      """)
  void reportsAMistakeAtItsPlace(String name, String line, int at, int column, String message)
      throws IOException {
    Path file = Files.writeString(dir.resolve("doc.yaml"), ABOVE + line + "\n");

    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, at, column, message)));
  }

  @Test
  void placesAControlCharacterAfterTheLastValueRead() throws IOException {
    // SnakeYAML checks the text a block of 1024 characters at a time and gives the failure no
    // place; it is reported where reading had got to, the end of the last value read (line 281
    // when the block holding line 301 is checked), as it was when Jackson drove the parser.
    Path file = Files.writeString(dir.resolve("doc.yaml"), ABOVE + "  z: {name: Z\u0007}\n");

    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, 281, 10,
                "invalid YAML: special characters are not allowed")));
  }

  private static Object[] range(int count) {
    Object[] numbers = new Object[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = i;
    }
    return numbers;
  }
}

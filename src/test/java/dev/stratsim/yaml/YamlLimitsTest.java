package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each limit of docs/limits.md on YAML: a document at it is read, one past it is refused. */
class YamlLimitsTest {
  private static final String DEPTH =
      "values are nested more than 50 levels deep; flatten them";
  private static final String ALIASES = "more than 50 aliases (*name); write the values out";
  private static final String NODES = "the document expands to more than 100000 values; use"
      + " fewer aliases (*name) or split the file";

  @TempDir Path dir;

  static Stream<Arguments> pastEachLimit() {
    return Stream.of(
        Arguments.of("nesting, flow", flow(51), 1, 51, DEPTH),
        Arguments.of("nesting, block", block(51), 51, 101, DEPTH),
        Arguments.of("aliases of a scalar", aliases("1", 51), 2, 208, ALIASES),
        Arguments.of("aliases of a list", aliases("[1]", 51), 2, 208, ALIASES),
        // The map, the list and 99,999 numbers: the last number is one too many.
        Arguments.of("values", "a: [" + "1, ".repeat(99_998) + "1]\n", 1, 299_999, NODES),
        Arguments.of("values, through aliases", laughs(), 6, 8, NODES));
  }

  static Stream<Arguments> atEachLimit() {
    return Stream.of(
        Arguments.of("nesting, flow", flow(50)),
        Arguments.of("nesting, block", block(50)),
        Arguments.of("aliases", aliases("[1]", 50)),
        Arguments.of("values", "a: [" + "1, ".repeat(99_997) + "1]\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void pastEachLimit(String name, String text, int line, int column, String message)
      throws IOException {
    Path file = Files.writeString(dir.resolve("doc.yaml"), text);
    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, line, column, message)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void atEachLimit(String name, String text) throws IOException {
    Path file = Files.writeString(dir.resolve("doc.yaml"), text);
    assertThat(YamlReader.read(file).root()).isNotNull();
  }

  @Test
  void countsOnlyWhatIsKeptPastARefusedKey() throws IOException {
    // The duplicate's value is passed over however deep it goes: one problem, no stack overflow.
    Path file = Files.writeString(dir.resolve("doc.yaml"),
        "a: 1\na: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, 2, 1,
                "duplicate key 'a' in the file (first at line 1); remove or rename one")));
  }

  @Test
  void limitsTheCodePointsOfAValue() {
    // Files stop at 1 MB before parsing; a value from elsewhere meets SnakeYAML's own limit.
    String text = "x".repeat(YamlLimits.MAX_CODE_POINTS + 10);
    assertThatThrownBy(() -> YamlReader.readValue(text, "--set v"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.general("--set v: invalid YAML: the"
                + " incoming YAML document exceeds the limit: 2097152 code points")));
  }

  private static String flow(int depth) {
    return "[".repeat(depth) + "]".repeat(depth) + "\n";
  }

  private static String block(int depth) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append("  ".repeat(i)).append('k').append(i).append(":\n");
    }
    return text.toString();
  }

  /** {@code count} aliases of one anchor; the 51st starts at column 8 + 50 * 4 of line 2. */
  private static String aliases(String anchored, int count) {
    return "x: &x " + anchored + "\nlist: [" + String.join(", ", Collections.nCopies(count, "*x"))
        + "]\n";
  }

  /** Nine of each level: level f would hold 9 copies of e (66,430 values each). */
  private static String laughs() {
    StringBuilder text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      String previous = "*" + (char) (level - 1);
      text.append(level).append(": &").append(level).append(" [")
          .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
    }
    return text.toString();
  }
}

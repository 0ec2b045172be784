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

/** Anchors ({@code &name}) and aliases ({@code *name}): expanded in place, merge keys refused. */
class YamlAnchorsTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("doc.yaml"), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      scalar                     | a: &n 3\\nb: *n                              | {"a":3,"b":3}
      map                        | a: &m {p: 1, q: [x]}\\nb: *m                 | {"a":{"p":1,"q":["x"]},"b":{"p":1,"q":["x"]}}
      list, block style          | - &l\\n  - 1\\n- *l                          | [[1],[1]]
      anchor after a tag         | a: !!str &s 1\\nb: *s                        | {"a":"1","b":"1"}
      empty value                | a: &e\\nb: *e                                | {"a":null,"b":null}
      alias of an alias's copy   | a: &x [1]\\nb: &y [*x]\\nc: *y               | {"a":[1],"b":[[1]],"c":[[1]]}
      redefined: the latest      | a: &x 1\\nb: &x 2\\nc: *x                    | {"a":1,"b":2,"c":2}
      redefined: inside itself   | a: &x 1\\nb: &x [*x]\\nc: *x                 | {"a":1,"b":[1],"c":[1]}
      """)
  void expandsAnAliasToACopyOfItsAnchor(String name, String text, String json) {
    assertThat(YamlReader.readValue(text.replace("\\n", "\n"), "--set v").root())
        .hasToString(json);
  }

  @Test
  void locatesEveryValueOfACopyAtTheAlias() throws IOException {
    Path file = write("""
        base: &b
          p: 1
          q: [x, y]
        use:
          deep: *b
        """);
    YamlDocument doc = YamlReader.read(file);

    Location alias = Location.at(file, 5, 9);
    assertThat(doc.values().get("use.deep")).isEqualTo(alias);
    assertThat(doc.values().get("use.deep.q[1]")).isEqualTo(alias);
    assertThat(doc.keys().get("use.deep.p")).isEqualTo(alias);
    assertThat(doc.values().get("base.q[1]")).isEqualTo(Location.at(file, 3, 10));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      used before its anchor        | a: *x\\nb: &x 1                  | 1 | 4 | alias '*x' is not defined above; define it first with '&x'
      inside its own anchor         | a: &x [1, *x]                    | 1 | 11 | alias '*x' is not defined above; define it first with '&x'
      anchored under a duplicate    | a: 1\\na: &x 2\\nb: *x           | 3 | 4 | alias '*x' is not defined above; define it first with '&x'
      anchor on a key               | &k a: 1\\nb: *k                  | 2 | 4 | alias '*k' is not defined above; define it first with '&k'
      """)
  void refusesAnAliasWithNoAnchorAbove(String name, String text, int line, int column,
      String message) throws IOException {
    Path file = write(text.replace("\\n", "\n"));
    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).last().isEqualTo(Problem.at(file, line, column, message)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      of an alias         | b: &b {x: 1}\\no:\\n  y: 2\\n  <<: *b           | 4 | 3
      of a list           | b: &b {x: 1}\\no:\\n  <<: [*b]                  | 3 | 3
      quoted              | o:\\n  p:\\n    '<<': {x: 1}                     | 3 | 5
      """)
  void refusesMergeKeys(String name, String text, int line, int column) throws IOException {
    Path file = write(text.replace("\\n", "\n"));
    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, line, column,
                "merge keys ('<<') are not supported; write the keys out or use extends")));
  }

  @Test
  void refusesAnAliasAsAKey() throws IOException {
    Path file = write("a: &k b\n*k : 1\n");
    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, 2, 3,
                "invalid YAML: expected a field name (Scalar value in YAML), got this instead:"
                    + " <org.yaml.snakeyaml.events.AliasEvent(anchor=k)>")));
  }
}

package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed or unsafe YAML becomes one short problem at the right place. */
class YamlSyntaxTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unclosed list     | a: [1, 2\\n              | 2 | 1 | invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence that starts at line 1, column 4)
      colon in value    | a: b: c\\n               | 1 | 5 | invalid YAML: unexpected ':'; quote a value that contains ': ' or fix the indentation
      bad indentation   | a:\\n  - 1\\n b: 2\\n      | 3 | 2 | invalid YAML: bad indentation; items of one map or list must start in the same column
      tab indentation   | a:\\n\\tb: 1\\n            | 2 | 1 | invalid YAML: a tab character cannot be used here; indent with spaces
      unclosed quote    | a: 'open\\n              | 2 | 1 | invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts at line 1, column 4)
      duplicate key     | a: 1\\nb: 2\\na: 3\\n      | 3 | 1 | duplicate key 'a' in the file (first at line 1); remove or rename one
      nested duplicate  | m:\\n  x: 1\\n  x: 2\\n    | 3 | 3 | duplicate key 'x' in m (first at line 2); remove or rename one
      custom tag        | x: !foo bar\\n           | 1 | 4 | tag '!foo' is not allowed; remove it and write a plain value
      java type tag     | x: !!java.net.URL [a]\\n | 1 | 4 | tag '!!java.net.URL' is not allowed; remove it and write a plain value
      undefined alias   | a: *nope\\n              | 1 | 4 | alias '*nope' is not defined above; define it first with '&nope'
      two documents     | a: 1\\n---\\nb: 2\\n       | 3 | 1 | only one YAML document is allowed per file; remove this '---' and what follows
      merge key         | b: &b {x: 1}\\no:\\n  <<: *b\\n | 3 | 3 | merge keys ('<<') are not supported; write the keys out or use extends
      """)
  void reportsOneProblem(String name, String text, int line, int column, String message)
      throws IOException {
    Path file = Files.writeString(dir.resolve("doc.yaml"),
        text.replace("\\n", "\n").replace("\\t", "\t"));

    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(Problem.at(file, line, column, message)));
  }
}

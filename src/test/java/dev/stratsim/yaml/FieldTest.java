package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.problem.Problem;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as users write them, read through a Field with a 0..1e12 range. */
class FieldTest {
  private static final Range RANGE = new Range(0, 1e12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      70e9          | 7.0E10 | none
      1.38e10       | 1.38E10 | none
      '"70e9"'      | 7.0E10 | none
      '"1,000"'     | none   | x must be a number between 0 and 1000000000000, not '1,000'
      .nan          | none   | x must be a number between 0 and 1000000000000, not .nan
      .inf          | none   | x must be a number between 0 and 1000000000000, not .inf
      -1            | none   | x must be a number between 0 and 1000000000000, not -1
      true          | none   | x must be a number between 0 and 1000000000000, not true
      [1]           | none   | x must be a number between 0 and 1000000000000, not a list
      """)
  void readsNumbers(String yaml, Double expected, String message) {
    YamlDocument doc = YamlReader.readValue("{x: " + yaml + "}", "--set x");
    Checker checker = new Checker(doc);

    OptionalDouble value = checker.at("x", doc.root().get("x")).number(RANGE);

    assertThat(value.isPresent() ? value.getAsDouble() : null).isEqualTo(expected);
    assertThat(checker.problems()).isEqualTo(message == null ? List.of()
        : List.of(Problem.general("--set x: " + message)));
  }
}

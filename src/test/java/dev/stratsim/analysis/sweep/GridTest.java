package dev.stratsim.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridTest {

  @Test
  void aDecimalRangeEndsExactlyAtItsEnd() {
    Vary v = Vary.parse("deals[0].stake=0.1..0.9:0.1");

    assertThat(v.values()).extracting(n -> n.doubleValue())
        .containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
  }

  @Test
  void aListKeepsEachValuesKind() {
    Vary v = Vary.parse("deals[0].outcome=closed, 2, true");

    assertThat(v.values()).extracting(n -> n.getNodeType().name())
        .containsExactly("STRING", "NUMBER", "BOOLEAN");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a=0..1:1e-999999999  | --vary a=0..1:1e-999999999: the step must be above 0
      a=0..1e999999999:1   | --vary a=0..1e999999999:1: the number 1e999999999 is too large
      a=0..1e300:1e-300    | --vary a=0..1e300:1e-300: the range has more than 1000000 values; use a larger step
      """)
  void extremeRangesAreRefusedAtOnce(String arg, String message) {
    assertThatThrownBy(() -> Vary.parse(arg)).isInstanceOf(InvalidInputException.class).hasMessage(message);
  }

  @Test
  void evenForcedNoGridOfMoreThanTenMillionPointsIsSwept() {
    List<Vary> varies = List.of(Vary.parse("a=1..975:1"), Vary.parse("b=1..1000:1"), Vary.parse("c=1..1000:1"));

    assertThatThrownBy(() -> Grid.of(varies, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("the --vary options make 975000000 grid points, more than 10000000, the most a sweep runs"
            + " even with --force; use fewer values");
  }

  @Test
  void theNumbersASweepKeepsAreBounded() {
    Grid grid = Grid.of(List.of(Vary.parse("a=1..1000:1"), Vary.parse("b=1..10000:1")), true);

    grid.checkNumbers(10);
    assertThatThrownBy(() -> grid.checkNumbers(11))
        .hasMessage("10000000 grid points of 11 metrics are 110000000 numbers to keep, more than 100000000;"
            + " use fewer values or name fewer metrics with --metric");
  }

  @Test
  void theLastVaryChangesFastest() {
    Grid grid = Grid.of(List.of(Vary.parse("a=1..2:1"), Vary.parse("b=x,y,z")), false);

    assertThat(grid.size()).isEqualTo(6);
    assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(p -> grid.edits(p).stream()
        .map(e -> e.value().asText()).toList().toString())
        .containsExactly("[1.0, x]", "[1.0, y]", "[1.0, z]", "[2.0, x]", "[2.0, y]", "[2.0, z]");
  }

  @Test
  void moreThanAMillionPointsNeedForce() {
    List<Vary> varies = List.of(Vary.parse("a=1..1001:1"), Vary.parse("b=1..1001:1"));

    assertThatThrownBy(() -> Grid.of(varies, false)).isInstanceOf(InvalidInputException.class)
        .hasMessage("the --vary options make 1002001 grid points, more than 1000000; use fewer"
            + " values or add --force");
    assertThat(Grid.of(varies, true).size()).isEqualTo(1_002_001);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a=5..1:1|--vary a=5..1:1: the range is empty: FROM (5) is above TO (1)",
      "a=1..5:0|--vary a=1..5:0: the step must be above 0",
      "a|--vary a: expected PATH=FROM..TO:STEP or PATH=A,B,C, e.g. --vary deals[0].stake=0.1..0.9:0.1",
      "a=1,,2|--vary a=1,,2: a value in the list is empty; separate values with single commas"})
  void badVariesSayWhatToWrite(String arg, String message) {
    assertThatThrownBy(() -> Vary.parse(arg)).isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }
}

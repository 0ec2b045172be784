package dev.stratsim.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

  private static Coverage coverage(int fired, int total) {
    List<RuleCoverage> rules = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      rules.add(new RuleCoverage(new RuleInfo("rule " + i, Path.of("rules/a.drl"), i + 1, "why", "", "", false), i < fired ? 1 : 0));
    }
    return new Coverage(List.of(new Coverage.FileCoverage(Path.of("rules/a.drl"), rules)));
  }

  @ParameterizedTest(name = "{0} of {1} against {2}: {3}")
  @CsvSource({
      "9, 10, 0.9, true", "8, 10, 0.9, false", "29, 30, 0.9667, false", "29, 30, 0.9666, true",
      "1, 3, 0.3333, true", "36, 36, 1, true", "35, 36, 1, false", "0, 0, 1, true", "0, 5, 0, true"})
  void theMinimumIsMetExactlyInFractions(int fired, int total, double minimum, boolean meets) {
    assertThat(coverage(fired, total).meets(minimum)).isEqualTo(meets);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @CsvSource({"3, 4", "0, 2"})
  void theRulesNeverFiredAreListedInReadingOrder(int fired, int total) {
    Coverage coverage = coverage(fired, total);

    assertThat(coverage.fired()).isEqualTo(fired);
    assertThat(coverage.neverFired()).extracting(r -> r.rule().line())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(fired + 1, total).boxed().toList());
  }
}

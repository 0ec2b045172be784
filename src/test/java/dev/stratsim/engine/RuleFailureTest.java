package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFailureTest {
  private static final Path TINY = Path.of("src/test/resources/bad-rules/tiny.yaml");

  private static Projection run(String rules, int maxFirings) {
    RuleSet ruleSet = RuleSet.load(Path.of("src/test/resources/bad-rules", rules));
    return new Simulator(ruleSet, maxFirings).run(new ScenarioLoader(ruleSet.vocabulary()).load(TINY, List.of()));
  }

  @Test
  void aRuleThatThrowsIsNamedWithTheScenarioAndYear() {
    assertThatThrownBy(() -> run("throws", 1000))
        .isInstanceOf(RuleFailureException.class)
        .hasMessage("rule \"Data grows in proportion to nothing\" failed in scenario tiny, year 2025: / by zero");
  }

  @Test
  void rulesThatKeepFiringAreStoppedAndNamed() {
    assertThatThrownBy(() -> run("runaway", 500))
        .isInstanceOf(RuleFailureException.class)
        .hasMessageStartingWith("rules kept firing in scenario tiny, year 2025 (stopped after 500 firings): "
            + "\"Every effect calls for another\"");
  }

  @Test
  void aDrlErrorNamesTheFileAndLine() {
    assertThatThrownBy(() -> RuleSet.load(Path.of("src/test/resources/bad-rules/syntax")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).file()).isEqualTo(Path.of("src/test/resources/bad-rules/syntax/broken.drl"));
          assertThat(e.problems().get(0).line()).isEqualTo(10);
        });
  }

  @Test
  void aKnobWithoutADefaultIsReportedWhereItIsRead() {
    assertThatThrownBy(() -> RuleSet.load(Path.of("src/test/resources/bad-rules/unknown-knob")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString("src/test/resources/bad-rules/unknown-knob/growth.drl:12: the rules read assumption 'grwth', "
                + "which has no default; declare it in src/test/resources/bad-rules/unknown-knob/assumptions.yaml"));
  }
}

package dev.stratsim.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions read from a real run of the tiny rules, where every actor's data grows by 1 a year
 * and the index is the plain average of the pillars; supply shares stay where they start.
 */
class ProjectionFactsTest {
  @TempDir static Path dir;
  static ProjectionFacts facts;

  @BeforeAll
  static void run() throws IOException {
    RuleSet rules = RuleSet.load(Path.of("src/test/resources/ci/rules-tiny"));
    Path file = Files.writeString(dir.resolve("race.yaml"), """
        title: Acme and Globex, Globex buying from DataCorp
        period: { start: 2025, end: 2026 }
        actors:
          acme:     { name: Acme, role: carmaker, data: 60, hardware: 75, algorithms: 70 }
          globex:   { name: Globex, role: carmaker, data: 80, hardware: 80, algorithms: 85 }
          datacorp: { name: DataCorp, role: data-supplier }
        relations:
          - { customer: globex, supplier: datacorp, share: 0.4 }
        """);
    Projection projection = new Simulator(rules).run(new ScenarioLoader(rules.vocabulary()).load(file));
    facts = new ProjectionFacts(projection);
  }

  @ParameterizedTest(name = "{0}  ==>  {1}")
  @CsvSource(delimiter = '|', textBlock = """
      acme.data@start                     | 60
      acme.data@2025                      | 61
      acme.data                           | 62
      acme.data - acme.data@start         | 2
      acme.index@start                    | 68.3333
      acme.rank@start                     | 2
      globex.share:datacorp@start         | 0.4
      globex.share:datacorp@2026          | 0.4
      """)
  void readsTheStartAndSupplyShares(String source, double value) {
    assertThat((Double) Evaluator.evaluate(ExpressionParser.parse(source), facts).value())
        .isCloseTo(value, org.assertj.core.data.Offset.offset(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      globex.share:datacorb@start > 0 | unknown metric of globex 'share:datacorb' (did you mean 'share:datacorp'?)
      datacorp.rank@start > 0         | datacorp has no rank: only actors with every pillar compete and are ranked
      acme.dta@start > 0              | unknown metric of acme 'dta' (did you mean 'data'?)
      """)
  void namesWhatTheStartDoesNotHave(String source, String message) {
    assertThatThrownBy(() -> Evaluator.evaluate(ExpressionParser.parse(source), facts))
        .isInstanceOf(EvaluationException.class).hasMessage(message);
  }
}

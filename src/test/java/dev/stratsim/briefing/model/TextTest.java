package dev.stratsim.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.evaluation.Outcome;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.expect.Facts;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.Expectation;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A check's line in a briefing: dollars by the unit of what a number measures, not by its size. */
class TextTest {
  private static final Vocabulary VOCABULARY = RuleSet.vocabulary(Path.of("rules"));

  private static final Map<String, Double> VALUES = Map.of("scale-ai.valuation_usd@2025", 28097337469.39,
      "scale-ai.valuation_usd@2029", -2.5e9, "scale-ai.customers@2029", 12_000_000.0,
      "meta.data@2029", 70.15, "scale-ai.valuation_usd@2026", 350_000.0);

  private static final Facts FACTS = new Facts() {
    @Override
    public double metric(String actor, String metric, Integer year) {
      Double value = VALUES.get(actor + "." + metric + "@" + year);
      if (value == null) {
        throw new EvaluationException("no " + actor + "." + metric + "@" + year);
      }
      return value;
    }

    @Override
    public boolean fired(String rule) {
      return false;
    }
  };

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      scale-ai.valuation_usd@2025 > 25e9 | scale-ai.valuation_usd@2025 > $25.0B: scale-ai.valuation_usd@2025 was $28.1B
      scale-ai.valuation_usd@2029 > -3e9 | scale-ai.valuation_usd@2029 > -$3.0B: scale-ai.valuation_usd@2029 was -$2.5B
      scale-ai.valuation_usd@2026 > 0 | scale-ai.valuation_usd@2026 > 0: scale-ai.valuation_usd@2026 was 350000
      scale-ai.customers@2029 < 10000000 | scale-ai.customers@2029 < 10000000: scale-ai.customers@2029 was 12000000
      meta.data@2029 < 1000000 | meta.data@2029 < 1000000: meta.data@2029 was 70.15
      scale-ai.valuation_usd@2040 > 1e9 | scale-ai.valuation_usd@2040 > $1.0B: no scale-ai.valuation_usd@2040
      """)
  void aChecksDollarsAreShownAsDollarsAndABigCountIsNot(String source, String shown) {
    Expr expr = ExpressionParser.parseCheck(source);
    Expectation expectation = new Expectation(source, Path.of("case.yaml"), 1, 1);
    Outcome outcome;
    try {
      outcome = new Outcome(expectation, expr, Evaluator.evaluate(expr, FACTS), null);
    } catch (EvaluationException e) {
      outcome = new Outcome(expectation, expr, null, e.getMessage());
    }

    assertThat(Text.detail(outcome, VOCABULARY)).isEqualTo(shown);
  }
}

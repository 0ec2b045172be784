package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A check's description with its numbers written by an output that knows their units: which
 * expression each number measures, and the unit that gives it ({@link Expr#unit}).
 */
class ShownTest {
  private static final Function<String, String> UNITS =
      Map.of("valuation_usd", "usd", "customers", "count")::get;

  /** Marks what is in dollars with a $, as the briefing would write it as $B. */
  private static final Shown DOLLARS = (value, written, measured) ->
      "usd".equals(Expr.unit(measured, UNITS)) ? "$" + written : written;

  private static FakeFacts facts() {
    FakeFacts without = new FakeFacts(2025, 2029, Set.of(), Set.of())
        .set("meta", "valuation_usd", 2029, 20e9);
    return new FakeFacts(2025, 2029, Set.of(), Set.of())
        .set("meta", "valuation_usd", 2025, 10e9).set("meta", "valuation_usd", 2029, 28097337469.39)
        .set("meta", "customers", 2029, 12_000_000).set("meta", "data", 2029, 70.456)
        .withoutDeals(without.withoutDeals(without));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      meta.valuation_usd@2029 > 25e9 | meta.valuation_usd@2029 > $25000000000: meta.valuation_usd@2029 was $28097337469.39
      meta.customers@2029 > 10000000 | meta.customers@2029 > 10000000: meta.customers@2029 was 12000000
      meta.data@2029 < 1000000 | meta.data@2029 < 1000000: meta.data@2029 was 70.46
      meta.valuation_usd@2029 - meta.valuation_usd@2025 > 1e9 | meta.valuation_usd@2029 - meta.valuation_usd@2025 > $1000000000: meta.valuation_usd@2029 was $28097337469.39, meta.valuation_usd@2025 was $10000000000
      meta.valuation_usd@2029 / meta.valuation_usd@2025 > 2 | meta.valuation_usd@2029 / meta.valuation_usd@2025 > 2: meta.valuation_usd@2029 was $28097337469.39, meta.valuation_usd@2025 was $10000000000
      meta.valuation_usd@2029 > 2 * meta.valuation_usd@2025 + 5e9 | meta.valuation_usd@2029 > 2 * meta.valuation_usd@2025 + $5000000000: meta.valuation_usd@2029 was $28097337469.39, meta.valuation_usd@2025 was $10000000000
      effect(meta.valuation_usd@2029) > -1e9 | effect(meta.valuation_usd@2029) > -$1000000000: effect(meta.valuation_usd@2029) was $8097337469.39, meta.valuation_usd@2029 was $28097337469.39, nodeal(meta.valuation_usd@2029) was $20000000000
      meta.customers@2029 * 1000 > meta.valuation_usd@2029 | meta.customers@2029 * 1000 > meta.valuation_usd@2029: meta.customers@2029 was 12000000, meta.valuation_usd@2029 was $28097337469.39
      """)
  void eachNumberIsShownInTheUnitOfWhatItMeasuresNeverByItsSize(String source, String shown) {
    Expr check = ExpressionParser.parseCheck(source);
    Evaluation evaluation = Evaluator.evaluate(check, facts());

    assertThat(evaluation.describe(check, DOLLARS)).isEqualTo(shown);
    assertThat(evaluation.describe(check, Shown.AS_WRITTEN)).isEqualTo(evaluation.describe(check))
        .isEqualTo(shown.replace("$", ""));
  }
}

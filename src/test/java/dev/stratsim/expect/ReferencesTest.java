package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.expect.Expr.MetricRef;
import org.junit.jupiter.api.Test;

/** What a linter can learn from an expression without running it. */
class ReferencesTest {

  @Test
  void listsEachMetricPathOnceInOrder() {
    Expr expr = ExpressionParser.parse(
        "(google.index@2027 - meta.index@2027) / 2 > -5 and meta.index@2027 < scale-ai.index");
    assertThat(Expr.references(expr)).containsExactly(
        new MetricRef("google", "index", 2027),
        new MetricRef("meta", "index", 2027),
        new MetricRef("scale-ai", "index", null));
  }

  @Test
  void listsTheRulesPassedToFired() {
    Expr expr = ExpressionParser.parse(
        "scale-ai.neutrality < 50 and not fired(\"A regulator's block\")"
            + " or fired(\"Neutrality loss\") and fired(\"A regulator's block\")");
    assertThat(Expr.firedRules(expr)).containsExactly("A regulator's block", "Neutrality loss");
    assertThat(Expr.references(expr))
        .containsExactly(new MetricRef("scale-ai", "neutrality", null));
  }

  @Test
  void findsNothingInLiterals() {
    Expr expr = ExpressionParser.parse("1 + 2 > 3 or true");
    assertThat(Expr.references(expr)).isEmpty();
    assertThat(Expr.firedRules(expr)).isEmpty();
  }

  @Test
  void keepsTheYearSoALinterCanCheckItAgainstThePeriod() {
    assertThat(Expr.references(ExpressionParser.parse("meta.rank@2031 > meta.rank")))
        .extracting(MetricRef::year)
        .containsExactly(2031, null);
  }

  @Test
  void tellsTheStartAndSupplySharesApart() {
    Expr expr = ExpressionParser.parse(
        "google.share:scale-ai@2029 < google.share:scale-ai@start and meta.data@start < meta.data");
    assertThat(Expr.references(expr)).containsExactly(
        new MetricRef("google", "share:scale-ai", 2029),
        new MetricRef("google", "share:scale-ai", null, true),
        new MetricRef("meta", "data", null, true),
        new MetricRef("meta", "data", null));
    assertThat(Expr.references(expr)).extracting(MetricRef::supplier)
        .containsExactly("scale-ai", "scale-ai", null, null);
  }
}

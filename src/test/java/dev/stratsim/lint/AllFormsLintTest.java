package dev.stratsim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.KnobRead;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lint} on a rule that uses {@code or}, {@code exists}, {@code forall}, {@code not},
 * {@code accumulate} and {@code from}: the knobs it reports read are exactly those the rule reads,
 * and the metrics it checks exactly those every match of the rule needs.
 */
class AllFormsLintTest {
  private static final Path DIR = Path.of("src/test/resources/lint/all-forms");

  @Test
  void lintReportsTheKnobsAndMetricsTheRuleReads() {
    RuleSet rules = RuleSet.load(DIR);
    List<Scenario> scenarios = Scenarios.loadAll(rules.vocabulary(),
        List.of(Path.of("src/test/resources/ci/scenarios/pass.yaml")), List.of());

    assertThat(rules.knobReads()).extracting(KnobRead::knob).containsExactly("in_function", "plain", "in_or",
        "in_exists", "in_forall", "in_not", "in_accumulate", "in_accumulate_function", "in_from", "in_eval",
        "in_consequence");
    // Both branches of the or need "data"; "hardwear" is needed under exists. The rule fires without
    // what not, forall and the inputs of accumulate ask for ("dat", "algorithmz", "hardwear" again).
    assertThat(DrlConditions.required(rules.ruleText("Every form of condition"))).containsExactly(
        new DrlConditions.Literal("metric", "data", 5),
        new DrlConditions.Literal("metric", "hardwear", 7));
    assertThat(RuleChecks.warnings(rules, scenarios)).extracting(Problem::toString).containsExactly(
        DIR.resolve("all-forms.drl") + ":19: rule \"Every form of condition\" needs metric \"hardwear\", which "
            + DIR.resolve("metrics.yaml") + " does not declare, so it can never fire; check the name",
        DIR.resolve("assumptions.yaml") + ":12:1: assumption 'unread' is declared but no rule reads it, so setting it"
            + " changes nothing; read it in a rule as $k.num(\"unread\") or remove it");
  }
}

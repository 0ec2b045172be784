package dev.stratsim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint} on rules whose conditions use {@code or}, {@code exists}, {@code forall} and
 * {@code accumulate}: a knob read only there is read, and a metric every match needs is checked
 * however the conditions nest it.
 */
class NestedConditionsLintTest {
  private static final Path TINY = Path.of("src/test/resources/ci/rules-tiny");

  @Test
  void knobsAndMetricsAreReadThroughOrExistsForallAndAccumulate(@TempDir Path dir) throws IOException {
    Files.copy(TINY.resolve("metrics.yaml"), dir.resolve("metrics.yaml"));
    Files.writeString(dir.resolve("assumptions.yaml"), """
        in_or: { default: 1, unit: points, why: Read in one branch of an or. }
        in_exists: { default: 1, unit: points, why: Read under exists. }
        in_forall: { default: 1, unit: points, why: Read under forall. }
        in_accumulate: { default: 1, unit: points, why: Read in an accumulate. }
        unread: { default: 1, unit: points, why: Read by no rule. }
        """);
    Files.writeString(dir.resolve("nested.drl"), """
        package test;

        import dev.stratsim.engine.*;

        rule "Either branch needs the misspelt metric"
          @rationale("test: both branches of an or need metric hardwear")
        when
          $k : Knobs()
          Year($y : value)
          State($a : actor, metric == "hardwear", value > $k.num("in_or"))
            or State($a : actor, metric == "hardwear", value < 0)
          exists State(metric == "data", value > $k.num("in_exists"))
        then
          insert(Effect.by(drools, $y, $a, "data", 1, "either"));
        end

        rule "Only one branch needs the misspelt metric"
          @rationale("test: the other branch fires without it, so it is no finding")
        when
          Year($y : value)
          State($a : actor, metric == "algorithmz") or State($a : actor, metric == "algorithms")
        then
          insert(Effect.by(drools, $y, $a, "data", 1, "one"));
        end

        rule "Forall and accumulate"
          @rationale("test: knobs read under forall and in an accumulate count as read")
        when
          $k : Knobs()
          Year($y : value)
          forall(State(metric == "data", value > $k.num("in_forall")))
          accumulate(State(metric == "hardware", $v : value); $s : sum($v * $k.num("in_accumulate")))
          State($a : actor, metric == "algorithms")
        then
          insert(Effect.by(drools, $y, $a, "data", 1, "forall"));
        end
        """);
    RuleSet rules = RuleSet.load(dir);
    List<Scenario> scenarios = Scenarios.loadAll(rules.vocabulary(),
        List.of(Path.of("src/test/resources/ci/scenarios/pass.yaml")), List.of());

    List<String> warnings = RuleChecks.warnings(rules, scenarios).stream().map(Problem::toString).toList();

    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains("assumption 'unread' is declared but no rule reads it");
    assertThat(warnings.get(1)).contains("nested.drl:10", "rule \"Either branch needs the misspelt metric\" needs"
        + " metric \"hardwear\", which " + dir.resolve("metrics.yaml") + " does not declare");
  }
}

package dev.stratsim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.KnobRead;
import dev.stratsim.engine.RuleSet;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DrlKnobsTest {

  @Test
  void knobsAreReadWhereverTheConditionsNestThemAndInConsequencesAndFunctions() {
    String drl = """
        package rules;
        function double f(Knobs k) { return k.num("in_function"); }
        rule "r"
          @rationale("reads $k.num(\\"in_rationale\\") in words only")
        when
          $k : Knobs()
          State(value > $k.num("plain"))
          State(value > $k.num("in_or")) or State(value < $k.num("in_or_too"))
          exists State(value > $k.num("in_exists"))
          forall(State(value > $k.num("in_forall")))
          not State(value > $k.num("in_not"))
          accumulate(State(value > $k.num("in_accumulate"), $v : value); $s : sum($v * $k.num("in_function_call")))
          // State(value > $k.num("commented"))
        then
          // $k.num("commented_too")
          insert(new Fact($k.num("in_consequence")));
        end
        """;

    assertThat(DrlKnobs.read(drl)).hasValueSatisfying(knobs -> assertThat(knobs).containsExactlyInAnyOrder(
        "in_function", "plain", "in_or", "in_or_too", "in_exists", "in_forall", "in_not", "in_accumulate",
        "in_function_call", "in_consequence"));
  }

  @Test
  void onTheStockRulesTheParserReadsTheKnobsTheCompilerChecks() {
    RuleSet rules = RuleSet.load(Path.of("rules"));
    Set<String> compiled = rules.knobReads().stream().map(KnobRead::knob).collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(UnreadKnobs.read(rules))).isEqualTo(compiled).isNotEmpty();
  }
}

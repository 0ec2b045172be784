package dev.stratsim.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DrlConditionsTest {

  private static List<DrlConditions.Literal> required(String conditions) {
    return DrlConditions.required("rule \"r\"\n  @rationale(\"when (then) metric == \\\"x\\\"\")\nwhen\n"
        + conditions + "\nthen\n  insert(new Fact(\"metric == \\\"y\\\"\"));\nend\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "State($a : actor, metric == \"capex_usd\")|metric|capex_usd",
      "$x : Actor(role == \"robotaxi\")|role|robotaxi",
      "exists State(metric == \"quality\")|metric|quality",
      "State(actor == $a, metric ==\"data\", value > $k.num(\"floor\"))|metric|data"})
  void aConditionEveryMatchNeedsIsFound(String condition, String kind, String value) {
    assertThat(required("  Year($y : value)\n  " + condition))
        .containsExactly(new DrlConditions.Literal(kind, value, 4));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "not Actor(role == \"robotaxi\")",
      "not (Actor(role == \"robotaxi\"))",
      "accumulate(Actor(role == \"data-supplier\", $id : id); $n : count())",
      "accumulate(State(metric == \"data\", $v : value); $mean : average($v))",
      "State(metric == \"data\" || metric == \"hardware\")",
      "forall(State(metric == \"data\"))",
      "State(metric == \"data\") or State(metric == \"hardware\")",
      "// State(metric == \"commented\")",
      "/* State(metric == \"commented\") */"})
  void aConditionTheRuleCanFireWithoutIsLeftOut(String condition) {
    assertThat(required("  Year($y : value)\n  " + condition)).isEmpty();
  }

  @Test
  void ofTheBranchesOfAnOrOnlyWhatEveryBranchNeedsCounts() {
    assertThat(required("  Actor(role == \"lab\") and State(metric == \"data\")\n"
        + "  or Actor(role == \"lab\") and State(metric == \"compute\")"))
        .containsExactly(new DrlConditions.Literal("role", "lab", 3));
  }

  @Test
  void orExistsForallAndAccumulateInOneRuleAreEachReadForWhatTheyNeed() {
    assertThat(required("""
          $a : Actor(role == "lab")
          State(actor == $a,
              metric == "capex_usd") or State(actor == $a, metric == "capex_usd", value > 0)
          exists State(metric == "quality")
          forall(State(metric == "data") State(metric == "data", value > 0))
          not Actor(role == "robotaxi")
          accumulate(State(metric == "algorithms", $v : value); $mean : average($v))
          $n : Number() from accumulate(Actor(role == "data-supplier", $id : id), count($id))"""))
        .containsExactly(
            new DrlConditions.Literal("role", "lab", 3),
            new DrlConditions.Literal("metric", "capex_usd", 5),
            new DrlConditions.Literal("metric", "quality", 6));
  }

  @Test
  void aRuleThatDoesNotParseNeedsNothing() {
    assertThat(DrlConditions.required("rule \"r\" when State(metric == \"x\" then end")).isEmpty();
  }
}

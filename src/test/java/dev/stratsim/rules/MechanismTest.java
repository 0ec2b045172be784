package dev.stratsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.StockRules;
import dev.stratsim.engine.YearResult;
import dev.stratsim.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule moves the numbers the way its rationale claims: the cases in
 * {@code mechanisms/cases.yaml} run a small fictional world with and without the conditions
 * a rule acts on, and check the direction of the move. Adding a case means adding an entry.
 */
class MechanismTest {
  private static final Path WORLD = Path.of("src/test/resources/mechanisms/world.yaml");
  private static final Path CASES = Path.of("src/test/resources/mechanisms/cases.yaml");

  record Case(String rule, String claim, List<String> with, List<String> without, String metric, String moves) {
    @Override
    public String toString() {
      return rule + ": " + claim;
    }
  }

  static List<Case> cases() throws IOException {
    // Read the way stratsim reads every YAML file, then bound to the records.
    return List.of(new ObjectMapper().treeToValue(YamlReader.read(CASES).root(), Case[].class));
  }

  /**
   * The world's projection under each list of overrides, run once: of the 402 runs the cases ask
   * for, 277 differ (24 cases compare against the world as it is), and a run is the same whichever
   * case asks for it.
   */
  private static final Map<List<String>, Projection> RUNS = new ConcurrentHashMap<>();

  private static Projection run(List<String> overrides) {
    return RUNS.computeIfAbsent(List.copyOf(overrides), o -> StockRules.run(WORLD, o));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleMovesTheNumbersAsItsRationaleSays(Case c) {
    Projection with = run(c.with());
    Projection without = run(c.without());

    assertThat(with.fired(c.rule())).as("rule \"%s\" fires in the run where it should act", c.rule()).isTrue();
    double acted = value(with, c.metric());
    double baseline = value(without, c.metric());
    var move = assertThat(acted).as("%s with %s against %s", c.metric(), c.with(), c.without());
    switch (c.moves()) {
      case "up" -> move.isGreaterThan(baseline);
      case "down" -> move.isLessThan(baseline);
      case "same" -> move.isCloseTo(baseline, org.assertj.core.api.Assertions.within(1e-9));
      default -> throw new AssertionError("moves must be up, down or same, not " + c.moves());
    }
  }

  @Test
  void everyRuleHasAMechanismCase() throws IOException {
    Set<String> tested = cases().stream().map(Case::rule).collect(Collectors.toSet());
    List<String> untested = StockRules.get().rules().stream().map(RuleInfo::name)
        .filter(name -> !tested.contains(name)).toList();
    assertThat(untested).as("rules without a case in %s", CASES).isEmpty();
    Set<String> known = StockRules.get().rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
    assertThat(tested).as("cases naming rules that do not exist").isSubsetOf(known);
  }

  private static double value(Projection projection, String metric) {
    String[] parts = metric.split(" ");
    YearResult year = projection.year(Integer.parseInt(parts[2]));
    return switch (parts[1]) {
      case "index" -> year.index().get(parts[0]);
      case "rank" -> year.rank().get(parts[0]);
      default -> year.metric(parts[0], parts[1]).orElseThrow(() -> new AssertionError("no metric " + metric));
    };
  }
}

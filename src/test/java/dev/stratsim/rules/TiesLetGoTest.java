package dev.stratsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.StockRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the rules that give a supplier back its customers' trust must not do, which a mechanism case
 * (a rule that fires and moves a number) cannot say: give back neutrality a hold never cost - terms
 * that never took effect, or a part of a hold taken after it began.
 */
class TiesLetGoTest {
  private static final Path WORLD = Path.of("src/test/resources/mechanisms/world.yaml");

  record Guard(String claim, String rule, String actor, int year, List<String> amended, List<String> not) {
    @Override
    public String toString() {
      return claim;
    }
  }

  static List<Guard> guards() {
    String letGo = "A supplier a rival lets go of wins back its customers' trust";
    String givesUp = "A supplier that gives up the rival it took over wins back its customers' trust";
    List<String> bid = List.of("deals[3].outcome=blocked", "deals[3].acquirer=siliconco", "deals[3].target=acme",
        "deals[3].stake=1");
    return List.of(
        new Guard("a blocked stake amended gives nothing back", letGo, "datacorp", 2027,
            List.of("deals[0].outcome=blocked", "deals[0].amendments=[{year: 2026, stake: 0.05}]"),
            List.of("deals[0].outcome=blocked")),
        new Guard("a pending stake amended gives nothing back", letGo, "datacorp", 2027,
            List.of("deals[0].outcome=pending", "deals[0].amendments=[{year: 2026, stake: 0.05}]"),
            List.of("deals[0].outcome=pending")),
        new Guard("a stake raised and cut back to where it began gives nothing back", letGo, "datacorp", 2028,
            List.of("deals[0].review=none", "deals[0].stake=0.1",
                "deals[0].amendments=[{year: 2026, stake: 0.4}, {year: 2027, stake: 0.1}]"),
            List.of("deals[0].review=none", "deals[0].stake=0.1")),
        new Guard("a supplier's blocked bid for a rival of its customers, amended, gives nothing back", givesUp,
            "siliconco", 2027, concat(bid, "deals[3].amendments=[{year: 2026, stake: 0.1, voting: false}]"), bid));
  }

  private static List<String> concat(List<String> settings, String more) {
    return java.util.stream.Stream.concat(settings.stream(), java.util.stream.Stream.of(more)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guards")
  void trustIsGivenBackOnlyForWhatAHoldCost(Guard g) {
    Projection amended = StockRules.run(WORLD, g.amended());
    Projection not = StockRules.run(WORLD, g.not());

    assertThat(amended.fired(g.rule())).as("\"%s\" fires", g.rule()).isFalse();
    // no higher than without the amendment: nothing given back that the hold never cost
    assertThat(amended.year(g.year()).metric(g.actor(), "neutrality").orElseThrow())
        .isLessThanOrEqualTo(not.year(g.year()).metric(g.actor(), "neutrality").orElseThrow() + 1e-9);
  }
}

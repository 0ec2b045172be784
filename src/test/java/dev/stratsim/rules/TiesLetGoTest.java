package dev.stratsim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.StockRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the rules that give back what a hold cost must not do, which a mechanism case (a rule that
 * fires and moves a number) cannot say: give back neutrality a hold never cost - terms that never
 * took effect, a part of a hold taken after it began, a hold given back twice - or pay for a stake
 * never held.
 */
class TiesLetGoTest {
  private static final Path WORLD = Path.of("src/test/resources/mechanisms/world.yaml");

  /** once: the rule acts once in the amended run (for the hold it did cost), never again. */
  record Guard(String claim, String rule, boolean once, String actor, String metric, int year, List<String> amended,
      List<String> not) {
    @Override
    public String toString() {
      return claim;
    }
  }

  static List<Guard> guards() {
    String letGo = "A supplier a rival lets go of wins back its customers' trust";
    String givesUp = "A supplier that gives up the rival it took over wins back its customers' trust";
    String n = "neutrality";
    List<String> bid = List.of("deals[3].outcome=blocked", "deals[3].acquirer=siliconco", "deals[3].target=acme",
        "deals[3].stake=1");
    // a second rival of the supplier's customers takes control of it beside the first one's stake
    List<String> controls = List.of("deals[0].review=none", "deals[1].outcome=closed", "deals[1].acquirer=globex",
        "deals[1].target=datacorp", "deals[1].stake=0.6", "deals[1].voting=true", "deals[1].licence=none",
        "deals[1].talent=[]", "deals[1].review=none");
    return List.of(
        new Guard("a blocked stake amended gives nothing back", letGo, false, "datacorp", n, 2027,
            List.of("deals[0].outcome=blocked", "deals[0].amendments=[{year: 2026, stake: 0.05}]"),
            List.of("deals[0].outcome=blocked")),
        new Guard("a pending stake amended gives nothing back", letGo, false, "datacorp", n, 2027,
            List.of("deals[0].outcome=pending", "deals[0].amendments=[{year: 2026, stake: 0.05}]"),
            List.of("deals[0].outcome=pending")),
        new Guard("a stake raised and cut back to where it began gives nothing back", letGo, false, "datacorp", n,
            2028,
            List.of("deals[0].review=none", "deals[0].stake=0.1",
                "deals[0].amendments=[{year: 2026, stake: 0.4}, {year: 2027, stake: 0.1}]"),
            List.of("deals[0].review=none", "deals[0].stake=0.1")),
        new Guard("a supplier's blocked bid for a rival of its customers, amended, gives nothing back", givesUp, false,
            "siliconco", n, 2027, concat(bid, "deals[3].amendments=[{year: 2026, stake: 0.1, voting: false}]"), bid),
        new Guard("a stake sold, bought back and sold again gives back only once", letGo, true, "datacorp", n, 2028,
            List.of("deals[0].review=none",
                "deals[0].amendments=[{year: 2026, stake: 0}, {year: 2027, stake: 0.4}, {year: 2028, stake: 0}]"),
            List.of("deals[0].review=none", "deals[0].amendments=[{year: 2026, stake: 0}]")),
        new Guard("a rival that sells out gives nothing back while another rival controls the supplier", letGo, false,
            "datacorp", n, 2028, concat(controls, "deals[0].amendments=[{year: 2027, stake: 0}]"), controls),
        new Guard("a stake never in force sells for nothing", "A holder that sells part of its stake takes in what it is"
            + " worth", false, "acme", "capital_usd", 2027,
            List.of("actors.acme.capital_usd=5e9", "deals[0].outcome=blocked",
                "deals[0].amendments=[{year: 2026, stake: 0.05}]"),
            List.of("actors.acme.capital_usd=5e9", "deals[0].outcome=blocked")));
  }

  private static List<String> concat(List<String> settings, String more) {
    return java.util.stream.Stream.concat(settings.stream(), java.util.stream.Stream.of(more)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guards")
  void trustIsGivenBackOnlyForWhatAHoldCost(Guard g) {
    Projection amended = StockRules.run(WORLD, g.amended());
    Projection not = StockRules.run(WORLD, g.not());

    assertThat(amended.fired(g.rule())).as("\"%s\" fires", g.rule()).isEqualTo(g.once());
    // no higher than without the amendment: nothing given back that the hold never cost
    assertThat(amended.year(g.year()).metric(g.actor(), g.metric()).orElseThrow())
        .isLessThanOrEqualTo(not.year(g.year()).metric(g.actor(), g.metric()).orElseThrow() + 1e-9);
  }
}

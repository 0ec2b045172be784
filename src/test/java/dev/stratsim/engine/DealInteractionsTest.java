package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deals that meet each other or odd parties: nothing may be counted twice or flee itself. */
class DealInteractionsTest {
  private static final Path WORLD = Path.of("src/test/resources/mechanisms/world.yaml");

  private static Projection run(String... overrides) {
    return StockRules.run(WORLD, List.of(overrides));
  }

  @Test
  void aFinancialInvestorsStakeLeavesTheSupplierNeutral() {
    Projection fund = run("actors.fund={name: Fund, role: investor}", "deals[0].acquirer=fund", "deals[0].talent=[]");

    assertThat(fund.last().metric("datacorp", "neutrality")).hasValue(92);
    assertThat(fund.effects()).as("no customer leaves the supplier").noneMatch(e -> e.metric().equals("share:datacorp"));
  }

  @Test
  void aWouldBeAcquirerDoesNotFleeTheSupplierItFailedToBuy() {
    Projection blocked = run("deals[0].outcome=blocked", "assumptions.neutrality_doubt_points=40");

    assertThat(blocked.effects()).as("others leave while the doubt lasts")
        .anyMatch(e -> e.actor().equals("globex") && e.metric().equals("share:datacorp"));
    assertThat(blocked.effects()).noneMatch(e -> e.actor().equals("acme") && e.metric().equals("share:datacorp"));
  }

  @Test
  void twoInvestorsInOneYearReRateTheSupplierOnceAtTheHigherPrice() {
    Projection two = run("deals=[{id: a, year: 2025, acquirer: acme, target: datacorp, amount_usd: 3e9, stake: 0.1,"
        + " outcome: closed}, {id: b, year: 2025, acquirer: globex, target: datacorp, amount_usd: 4e9, stake: 0.1,"
        + " outcome: closed}]");

    List<Effect> reRates = two.effects().stream().filter(e -> e.rule().equals("A premium price for a stake re-rates the company")).toList();
    assertThat(reRates).singleElement().satisfies(e -> assertThat(e.delta()).isEqualTo(40e9 - 10e9));
  }

  @Test
  void customersStopMovingOnceTheyHaveMovedWhatTheyWill() {
    Projection projection = run();

    assertThat(projection.effects()).allSatisfy(e -> assertThat(Math.abs(e.delta())).as(e.toString()).isGreaterThan(1e-9));
  }

  @Test
  void twoSuppliersHeldTogetherLiftDataNoMoreThanTheBetterOne() {
    Projection both = run("deals=[{id: a, year: 2025, acquirer: acme, target: datacorp, amount_usd: 8e9, stake: 0.4,"
        + " outcome: closed}, {id: b, year: 2025, acquirer: acme, target: labelco, amount_usd: 1e9, stake: 0.4,"
        + " outcome: closed}]");

    assertThat(both.effects().stream()
        .filter(e -> e.rule().equals("The strongest tie lifts each pillar") && e.metric().equals("data")))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.reason()).contains("of datacorp's output"));
  }
}

package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three kinds of deal a strategist meets most besides a stake in a supplier, each against
 * the same world without it: an acqui-hire, a compute-for-equity partnership and an IP licence
 * move the pillars a strategist would expect, in the deal's own year.
 */
class DealKindsTest {
  private static final Path WORLD = Path.of("src/test/resources/mechanisms/world.yaml");
  private static final int YEAR = 2025;

  private static Projection run(String... overrides) {
    return StockRules.run(WORLD, List.of(overrides));
  }

  private static double at(Projection p, String actor, String metric, int year) {
    return p.year(year).metric(actor, metric).orElseThrow();
  }

  @Test
  void anAcquiHireLiftsTheAcquirersAlgorithmsAndHollowsTheLabInTheDealsYear() {
    Projection with = run("deals[1].outcome=closed", "deals[1].licence=none", "assumptions.scrutiny_leader_rank=1");
    Projection without = run();

    assertThat(at(with, "acme", "algorithms", YEAR)).isGreaterThan(at(without, "acme", "algorithms", YEAR));
    assertThat(at(with, "brainco", "algorithms", YEAR)).as("the lab its people left")
        .isLessThan(at(without, "brainco", "algorithms", YEAR) - 10);
    assertThat(at(with, "brainco", "scrutiny", YEAR)).as("an acqui-hire of a rival is looked into").isEqualTo(1);
    assertThat(with.effects()).as("a lab has no output quality to lose")
        .noneMatch(e -> e.actor().equals("brainco") && e.metric().equals("quality"));
    assertThat(at(with, "acme", "hardware", YEAR)).as("the fee is money not spent on compute")
        .isLessThan(at(without, "acme", "hardware", YEAR));
  }

  @Test
  void computeForEquityGivesTheLabComputeAndTheProviderAShareOfItsWorkFromTheFirstYear() {
    Projection with = run("deals[2].outcome=closed", "deals[2].stake=0.15", "relations[4].share=0.3");
    Projection without = run("relations[4].share=0.3");

    assertThat(at(with, "brainco", "hardware", YEAR)).isGreaterThan(at(without, "brainco", "hardware", YEAR) + 1);
    assertThat(at(with, "brainco", "share:cloudco", YEAR)).as("the provider becomes the lab's primary one")
        .isGreaterThan(at(without, "brainco", "share:cloudco", YEAR));
    assertThat(with.effects()).as("money that comes back as committed spending is no opportunity cost")
        .noneMatch(e -> e.actor().equals("cloudco") && e.rule().equals("Capital paid for a deal is not spent on compute")
            && e.delta() < -0.1);
    assertThat(at(with, "cloudco", "algorithms", YEAR)).as("distributing the lab's models")
        .isGreaterThan(at(without, "cloudco", "algorithms", YEAR));
    assertThat(at(with, "brainco", "algorithms", YEAR)).as("no one leaves the lab")
        .isEqualTo(at(without, "brainco", "algorithms", YEAR));
    assertThat(with.effects()).as("new capital is not a price for the whole company")
        .noneMatch(e -> e.metric().equals("valuation_usd") && e.actor().equals("brainco"));
  }

  @Test
  void anIpLicenceLiftsTheLicenseesAlgorithmsAndLeavesTheLicensorWhole() {
    Projection with = run("deals[1].outcome=closed", "deals[1].talent=[]");
    Projection without = run();

    assertThat(at(with, "acme", "algorithms", YEAR)).isGreaterThan(at(without, "acme", "algorithms", YEAR));
    assertThat(at(with, "acme", "algorithms", YEAR + 2) - at(without, "acme", "algorithms", YEAR + 2))
        .as("the pull grows with integration").isGreaterThan(at(with, "acme", "algorithms", YEAR)
            - at(without, "acme", "algorithms", YEAR));
    assertThat(at(with, "brainco", "algorithms", YEAR)).isEqualTo(at(without, "brainco", "algorithms", YEAR));
    assertThat(with.year(YEAR).rank().get("brainco")).isEqualTo(without.year(YEAR).rank().get("brainco"));
  }

  @Test
  void aHoldingFromBeforeThePeriodKeepsItsOngoingEffectsButNotItsOneOffs() {
    Projection before = run("deals[0].year=2023");
    Projection now = run();

    assertThat(before.fired("A rival directing the supplier's output costs it its neutrality")).isFalse();
    assertThat(before.fired("The strongest tie lifts each pillar")).isTrue();
    assertThat(at(before, "datacorp", "neutrality", YEAR)).isGreaterThan(at(now, "datacorp", "neutrality", YEAR));
  }

  @Test
  void anAmendmentChangesTheTermsFromItsYearOn() {
    Projection amended = run("deals[2].outcome=closed", "deals[2].compute_exclusivity=exclusive",
        "deals[2].amendments=[{year: 2027, compute_exclusivity: primary}]");
    Projection exclusive = run("deals[2].outcome=closed", "deals[2].compute_exclusivity=exclusive");

    assertThat(at(amended, "brainco", "hardware", 2026)).isEqualTo(at(exclusive, "brainco", "hardware", 2026));
    assertThat(at(amended, "brainco", "hardware", 2028)).as("no longer held to one provider")
        .isGreaterThan(at(exclusive, "brainco", "hardware", 2028));
    assertThat(at(amended, "brainco", "share:cloudco", 2028)).isLessThan(at(exclusive, "brainco", "share:cloudco", 2028));
  }

  @Test
  void moneyAnAmendmentCommitsIsSpentFromTheAmendmentsYear() {
    Projection raised = run("deals[4].outcome=closed", "deals[4].supply_usd=0",
        "deals[4].amendments=[{year: 2027, supply_usd: 3e9}]");
    Projection none = run("deals[4].outcome=closed", "deals[4].supply_usd=0");

    assertThat(at(raised, "initech", "hardware", 2026)).as("nothing committed yet")
        .isEqualTo(at(none, "initech", "hardware", 2026));
    assertThat(at(raised, "initech", "hardware", 2027)).as("the new commitment lands in its own year")
        .isGreaterThan(at(none, "initech", "hardware", 2027));
    assertThat(raised.effects()).as("spread over deployment from the amendment, not from the deal")
        .anyMatch(e -> e.year() == 2028 && e.actor().equals("initech") && e.metric().equals("hardware")
            && e.reason().contains("secured from siliconco"));
  }

  @Test
  void aPrimaryProviderKeepsThePrimaryShareOfWhatTheCustomerSpendsItself() {
    List<String> big = List.of("deals[4].outcome=closed", "deals[4].supply_usd=30e9", "relations[6].share=0.8");
    Projection primary = StockRules.run(WORLD, concat(big, "relations[6].commitment=primary"));
    Projection untied = StockRules.run(WORLD, big);

    assertThat(at(primary, "initech", "share:cloudco", 2026)).as("compute secured elsewhere comes on top of the tie")
        .isLessThan(0.6);
    assertThat(at(primary, "initech", "share:cloudco", 2029)).as("the excess over the primary share is contested")
        .isLessThan(0.8);
    assertThat(at(untied, "initech", "share:cloudco", 2029)).as("nothing holds an untied provider's share")
        .isLessThanOrEqualTo(at(primary, "initech", "share:cloudco", 2029));
  }

  private static List<String> concat(List<String> list, String more) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
  }

  @Test
  void aLabThatTurnsIntoAnApplicationCompanyLeavesTheModelBuildersRanking() {
    Projection turned = run("actors.brainco.role_changes=[{year: 2027, role: application}]");

    assertThat(turned.year(2026).arenaOf("brainco")).isEqualTo("models");
    assertThat(turned.year(2027).arenaOf("brainco")).isEqualTo("applications");
    assertThat(turned.year(2027).rank().get("brainco")).isEqualTo(1);
  }

  @Test
  void buyingAModelCompanyWithItsPeopleAbsorbsThem() {
    List<String> bought = List.of("deals[3].outcome=closed", "deals[3].stake=1", "deals[3].target=brainco");
    Projection absorbed = StockRules.run(WORLD, concat(bought, "deals[3].talent=[leadership, researchers]"));
    Projection kept = StockRules.run(WORLD, bought);

    assertThat(at(absorbed, "brainco", "algorithms", 2027)).as("people who move into the owner leave the subsidiary")
        .isLessThan(at(kept, "brainco", "algorithms", 2027));
    assertThat(absorbed.effects()).as("a lab folded into its owner is its people: they join as a hire does")
        .anyMatch(e -> e.rule().endsWith("join the acquirer strengthen its algorithms") && e.reason().contains("brainco"));
    assertThat(absorbed.effects()).as("counted once: no pull from a lab that no longer runs apart")
        .noneMatch(e -> e.rule().equals("The strongest tie lifts each pillar") && e.metric().equals("algorithms")
            && e.reason().contains("controls brainco"));
    assertThat(kept.effects()).as("a lab run as a subsidiary pulls its owner's models along")
        .anyMatch(e -> e.rule().equals("The strongest tie lifts each pillar") && e.metric().equals("algorithms")
            && e.reason().contains("controls brainco"));
  }

  /**
   * A licence feeds the pillar the licensor sells: a data supplier's data set lifts the licensee's
   * data toward its quality, a chip designer's design its hardware; the licensee's algorithms get
   * no direct pull from either (only what better data compounds into).
   */
  @ParameterizedTest(name = "a licence from {0} lifts the licensee''s {1}")
  @CsvSource({"labelco, data", "siliconco, hardware"})
  void aLicenceLiftsThePillarTheLicensorSells(String licensor, String pillar) {
    List<String> base = List.of("deals[0].outcome=collapsed", "deals[1].talent=[]", "deals[1].target=" + licensor);
    Projection licensed = StockRules.run(WORLD, concat(base, "deals[1].outcome=closed"));
    Projection without = StockRules.run(WORLD, base);

    assertThat(at(licensed, "acme", pillar, YEAR + 1)).isGreaterThan(at(without, "acme", pillar, YEAR + 1));
    assertThat(licensed.effects()).as("no pull on the licensee's models from a licence of another pillar")
        .noneMatch(e -> e.rule().equals("The strongest tie lifts each pillar") && e.metric().equals("algorithms"));
  }

  @Test
  void aSupplierDistrustedFromTheStartKeepsTheCustomersItHas() {
    Projection distrusted = run("actors.datacorp.neutrality=50", "deals=[]");

    assertThat(distrusted.effects()).as("no customer leaves the supplier").noneMatch(e -> e.metric().equals("share:datacorp"));
  }

  /**
   * A deal struck before the period is a holding the period starts with: a regulator's view of it
   * is in the starting values, so no review is predicted for it, none holds it up into the period,
   * and what it cost (cash, neutrality) is not charged again.
   */
  @Test
  void aDealStruckBeforeThePeriodIsNotJudgedAgain() {
    Projection old = run("deals[0].year=2024", "deals[0].stake=0.6", "deals[0].voting=true");

    assertThat(at(old, "datacorp", "scrutiny", YEAR + 2)).isZero();
    assertThat(old.effects()).as("nothing charged again in the period")
        .noneMatch(e -> e.rule().equals("Cash paid for a deal leaves the acquirer's capital"))
        .noneMatch(e -> e.rule().equals("A rival directing the supplier's output costs it its neutrality"));
  }

  /**
   * People who leave with a deal take their part of a company's value when they go; the fall in
   * standing their leaving causes is not charged to its value again the next year.
   */
  @Test
  void peopleWhoLeaveTakeTheirValueOnce() {
    Projection hired = run("deals[1].outcome=closed", "actors.brainco.valuation_usd=10e9");

    assertThat(hired.effects()).as("the value they carried leaves in the year they go")
        .anyMatch(e -> e.rule().equals("A company whose people leave loses the value they carried") && e.year() == YEAR);
    assertThat(hired.effects()).as("and is not charged again through the standing it cost")
        .noneMatch(e -> e.rule().equals("A company's value follows its standing") && e.actor().equals("brainco")
            && e.year() == YEAR + 1);
  }
}

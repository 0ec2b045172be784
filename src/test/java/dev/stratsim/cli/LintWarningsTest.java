package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lint}'s rule-level checks on the tiny rule set: a knob no rule reads, and a rule that
 * needs a role no scenario has. A role inside {@code not(...)} is no finding.
 */
class LintWarningsTest {
  private static final String WARNINGS = CheckCommandTest.TINY + "/assumptions.yaml:3:1: assumption 'unread_knob'"
      + " is declared but no rule reads it, so setting it changes nothing; read it in a rule as"
      + " $k.num(\"unread_knob\") or remove it\n"
      + "%1$s: " + CheckCommandTest.TINY + "/growth.drl:21: rule \"Robotaxis gain hardware\" needs role"
      + " \"robotaxi\", which no actor has in the 3 scenarios checked, so the rule never fires there; check the"
      + " name or add a scenario with such an actor\n";

  @Test
  void warningsNameFileAndLineAndLeaveTheExitCodeAlone() {
    Cli.Result result = Cli.run("lint", "--rules", CheckCommandTest.TINY, CheckCommandTest.SCENARIOS);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.err()).isEqualTo("warning: " + WARNINGS.formatted("warning"));
    assertThat(result.out()).isEqualTo("ok: 6 rules, 3 scenarios, 2 warnings\n");
  }

  @Test
  void strictMakesThemErrors() {
    Cli.Result result = Cli.run("lint", "--strict", "--rules", CheckCommandTest.TINY, CheckCommandTest.SCENARIOS);

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: " + WARNINGS.formatted("error"));
  }

  @Test
  void whenAScenarioDoesNotLoadRulesAreNotJudgedByTheOthers() {
    Cli.Result result = Cli.run("lint", "--rules", CheckCommandTest.TINY, CheckCommandTest.SCENARIOS,
        "src/test/resources/ci/bad/bad-expectation.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("warning: " + WARNINGS.substring(0, WARNINGS.indexOf('\n') + 1)
        + "error: src/test/resources/ci/bad/bad-expectation.yaml:6:22: expect[0] does not parse: expected a number"
        + " or metric path after '<=' in \"acme.rank@2026 <=\"\n");
  }

  @Test
  void aRoleTheStockRulesDoNotDeclareIsNamedWithTheRolesTheyDo() {
    Cli.Result result = Cli.run("lint", "src/test/resources/mechanisms/world.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.err()).contains("warning: src/test/resources/mechanisms/world.yaml:10:35: role 'carmaker' of acme"
        + " is not declared in rules/roles.yaml, so the actor competes in the fallback arena and sells nothing; use one"
        + " of platform, lab, chipmaker");
  }

  @Test
  void aDealTermNoRuleReadsIsNamedWhereItIsSet(@TempDir Path dir) throws IOException {
    Path scenario = dir.resolve("licence.yaml");
    Files.writeString(scenario, Files.readString(Path.of(CheckCommandTest.SCENARIOS, "pass.yaml"))
        + "deals:\n  - { year: 2025, acquirer: acme, target: globex, amount_usd: 1e9, licence: exclusive, outcome: closed }\n");

    Cli.Result result = Cli.run("lint", "--rules", CheckCommandTest.TINY, scenario.toString());

    assertThat(result.err()).contains(scenario + ":10:68: deals[0].licence is set but no rule reads licence, so it"
        + " changes nothing; remove it or write a rule that reads deal.licence");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a buyer without capital spending is named where it is written | '' | '' | true",
      "a buyer with it is not | ', capex_usd: 2e9' | '' | false",
      "nor one the scenario chose the reference budget for | '' | 'assumptions: { reference_compute_budget_usd: 5e9 }' | false"})
  void aPartyToADealsMoneyWithoutCapitalSpendingIsNamed(String name, String spending, String assumptions,
      boolean warned, @TempDir Path dir) throws IOException {
    Path scenario = dir.resolve("budget.yaml");
    Files.writeString(scenario, """
        title: A lab buys a start-up
        period: { start: 2025, end: 2026 }
        actors:
          lab: { name: Lab, role: lab, data: 50, hardware: 50, algorithms: 50%s }
          startup: { name: Start-up, role: lab, data: 10, hardware: 10, algorithms: 60, capex_usd: 1e8 }
        deals:
          - { year: 2025, acquirer: lab, target: startup, amount_usd: 5e8, stake: 1, voting: true, outcome: closed }
        %s
        """.formatted(spending, assumptions));

    Cli.Result result = Cli.run("lint", scenario.toString());

    String warning = "warning: " + scenario + ":4:3: actor 'lab' is a party to a deal that moves money but has no"
        + " capex_usd, so the rules measure the deal against the reference budget of $10B a year"
        + " (reference_compute_budget_usd); give its capital spending as capex_usd, or set"
        + " reference_compute_budget_usd under assumptions: if that budget is meant\n";
    if (warned) {
      assertThat(result.err()).contains(warning);
    } else {
      assertThat(result.err()).doesNotContain("reference budget");
    }
    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a licence between actors no relation links is named at the deal | '' | ', licence: exclusive' | true",
      "one along a relation is not | '  - { customer: lab, supplier: startup, share: 0 }' | ', licence: exclusive' | false",
      "nor a licence-and-hire | '' | ', licence: exclusive, talent: [researchers]' | false"})
  void aLicenceThatMovesNoWorkIsNamed(String name, String relation, String terms, boolean warned, @TempDir Path dir)
      throws IOException {
    Path scenario = dir.resolve("licence.yaml");
    Files.writeString(scenario, """
        title: A lab licenses a start-up's models
        period: { start: 2025, end: 2026 }
        actors:
          lab: { name: Lab, role: lab, data: 50, hardware: 50, algorithms: 50, capex_usd: 2e9 }
          startup: { name: Start-up, role: lab, data: 10, hardware: 10, algorithms: 60, capex_usd: 1e8 }
        relations:
        %s
        deals:
          - { year: 2025, acquirer: lab, target: startup, amount_usd: 5e8%s, outcome: closed }
        """.formatted(relation, terms));

    Cli.Result result = Cli.run("lint", scenario.toString());

    if (warned) {
      assertThat(result.err()).contains("warning: " + scenario + ":9:68: deals[0]: lab licenses what startup sells,"
          + " but relations list lab buying nothing from startup, so the licence moves none of its work there, nor"
          + " back when it ends; add { customer: lab, supplier: startup, share: S } with the share it had there"
          + " before the licence (0 if none)\n");
    } else {
      assertThat(result.err()).doesNotContain("licenses what");
    }
    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a supplier's only customer left to bring all its revenue is named | '' | true",
      "one that gives its revenue_share is not | ', revenue_share: 0.2' | false"})
  void aCustomerLeftToBringMostOfItsSuppliersRevenueIsNamed(String name, String given, boolean warned,
      @TempDir Path dir) throws IOException {
    Path scenario = dir.resolve("revenue.yaml");
    Files.writeString(scenario, """
        title: A lab buys from a data supplier
        period: { start: 2025, end: 2026 }
        actors:
          lab: { name: Lab, role: lab, data: 50, hardware: 50, algorithms: 50, capex_usd: 2e9 }
          vendor: { name: Vendor, role: data-supplier, quality: 80, neutrality: 90, valuation_usd: 1e9 }
        relations:
          - { customer: lab, supplier: vendor, share: 0.3%s }
        """.formatted(given));

    Cli.Result result = Cli.run("lint", scenario.toString());

    if (warned) {
      assertThat(result.err()).contains("warning: " + scenario + ":7:7: relations[0]: lab gives no revenue_share, so"
          + " it is taken to bring 100% of vendor's revenue, and its leaving would take that part of vendor's value"
          + " and quality with it; give revenue_share with the part it brings\n");
    } else {
      assertThat(result.err()).doesNotContain("revenue_share");
    }
    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
  }

  @Test
  void theStockRulesAndScenariosHaveNoFindings() {
    Cli.Result result = Cli.run("lint", "--strict");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    assertThat(result.out()).endsWith(", no problems\n");
  }

  @Test
  void aCheckOnAMetricTheRunDoesNotHaveIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
    // Only a supplier counts customers, and only a party to a deal carries scrutiny: both are
    // derived by the rules, so only a run tells that this competitor has no customer count.
    String stock = Files.readString(Path.of("scenarios/meta-scale-deal.yaml"));
    Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
    Path scenario = dir.resolve("competitor-customers.yaml");
    Files.writeString(scenario, stock.replace("expect:\n", "expect:\n  - google.customers@2025 >= 0\n"));
    int line = (int) stock.substring(0, stock.indexOf("expect:\n")).lines().count() + 2;

    Cli.Result result = Cli.run("lint", scenario.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("error: " + scenario + ":" + line + ":")
        .contains("'google.customers@2025 >= 0' cannot be evaluated: unknown metric of google 'customers'")
        .doesNotContain("\tat ");
  }
}

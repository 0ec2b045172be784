package dev.stratsim.briefing.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deal terms the inputs table's own columns leave out, in words. */
class OtherTermsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'' | none",
      "licence: exclusive, distribution: true | exclusive licence; distribution",
      "investment_usd: 2e9, compute_usd: 3e9, compute_exclusivity: primary | $2.0B invested; $3.0B of compute committed (primary provider)",
      "supply_usd: 5e8, review: cleared, unsolicited: true | $500.0M of supply secured; review: cleared; unsolicited",
      "'talent: [leadership, researchers], licence: non-exclusive' | leadership and researchers moving; non-exclusive licence"})
  void eachTermSetAwayFromItsDefaultIsSaid(String terms, String said, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("deal.yaml");
    Files.writeString(file, """
        title: A deal
        period: { start: 2025, end: 2025 }
        actors:
          buyer: { name: Buyer, role: platform, data: 50, hardware: 50, algorithms: 50 }
          target: { name: Target, role: lab, data: 40, hardware: 40, algorithms: 40 }
        deals:
          - { year: 2025, acquirer: buyer, target: target, amount_usd: 1e10, outcome: closed%s }
        """.formatted(terms.isEmpty() ? "" : ", " + terms));

    assertThat(InputsView.otherTerms(new ScenarioLoader(RuleSet.vocabulary(Path.of("rules"))).load(file).deals().get(0)))
        .isEqualTo(said);
  }
}

package dev.stratsim.briefing.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.scenario.OneDeal;
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
  void eachTermSetAwayFromItsDefaultIsSaid(String terms, String said, @TempDir Path dir) {
    assertThat(InputsView.otherTerms(OneDeal.written(dir, "1e10", "closed", terms))).isEqualTo(said);
  }
}

package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deal's terms in the one line its signal reports. */
class TermsTest {
  @ParameterizedTest(name = "unsolicited: {0}")
  @CsvSource({
      "false, takes 100% of target with votes for $1B",
      "true, 'takes 100% of target with votes for $1B, unsolicited'"})
  void aBidTheTargetsBoardDidNotAgreeToSaysSo(boolean unsolicited, String terms, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("bid.yaml");
    Files.writeString(file, """
        title: A bid
        period: { start: 2025, end: 2025 }
        actors:
          buyer: { name: Buyer, role: lab, data: 50, hardware: 50, algorithms: 50 }
          target: { name: Target, role: lab, data: 40, hardware: 40, algorithms: 40 }
        deals:
          - { year: 2025, acquirer: buyer, target: target, amount_usd: 1e9, stake: 1, voting: true,
              unsolicited: %s, outcome: abandoned }
        """.formatted(unsolicited));

    assertThat(Terms.describe(new ScenarioLoader(RuleSet.vocabulary(Path.of("rules"))).load(file).deals().get(0)))
        .isEqualTo(terms);
  }
}

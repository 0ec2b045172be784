package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.scenario.OneDeal;
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
  void aBidTheTargetsBoardDidNotAgreeToSaysSo(boolean unsolicited, String terms, @TempDir Path dir) {
    assertThat(Terms.describe(OneDeal.written(dir, "1e9", "abandoned",
        "stake: 1, voting: true, unsolicited: " + unsolicited))).isEqualTo(terms);
  }
}

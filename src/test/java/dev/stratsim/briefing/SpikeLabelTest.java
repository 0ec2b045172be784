package dev.stratsim.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.model.Uncertainty;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A spike of the histogram says what it is when the draws of one choice input explain it: the
 * deal's outcomes that leave Meta where it would be without the deal, found from the samples.
 */
class SpikeLabelTest {
  @Test
  void theSpikeOfTheDealsFailedOutcomesSaysSo() {
    Briefing b = Fixtures.briefing(List.of("meta-scale-uncertain"), null, 200, 7L);
    Uncertainty u = b.uncertainty().orElseThrow();
    String html = new String(Reports.render(b, EnumSet.of(ReportFormat.html)).get("report.html"), StandardCharsets.UTF_8);

    assertThat(u.spikes()).singleElement().satisfies(s -> {
      assertThat(s.input()).isEqualTo("deals[0].outcome");
      assertThat(s.values()).containsExactly("blocked", "collapsed");
    });
    assertThat(html).containsPattern("\\d+ samples \\(\\d+%\\): the outcome of Meta(&apos;|&#39;|')s deal for Scale AI is"
        + " [a-z ]+ or [a-z ]+ \\(index");
  }
}

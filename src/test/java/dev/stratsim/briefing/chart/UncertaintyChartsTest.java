package dev.stratsim.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.Reports;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.model.Uncertainty;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The S-curve beside the histogram and the spider beside the tornado, from the same samples and runs. */
class UncertaintyChartsTest {
  private static Uncertainty u;
  private static String html;

  @BeforeAll
  static void sample() {
    Briefing b = Fixtures.briefing(List.of("meta-scale-uncertain"), null, 60, 5L);
    u = b.uncertainty().orElseThrow();
    html = new String(Reports.render(b, EnumSet.of(ReportFormat.html)).get("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theSCurveRisesThroughThePercentilesTheTableShows() {
    assertThat(u.cdf()).hasSize(101);
    assertThat(IntStream.range(1, 101).allMatch(p -> u.cdf().get(p) >= u.cdf().get(p - 1))).as("never falls").isTrue();
    assertThat(u.cdf().get(5)).isEqualTo(u.index().p5());
    assertThat(u.cdf().get(50)).isEqualTo(u.index().p50());
    assertThat(u.cdf().get(95)).isEqualTo(u.index().p95());
    assertThat(svg("mc-scurve")).contains(">Cumulative distribution of Meta&apos;s index in 2029<");
  }

  @Test
  void theSpiderHasALinePerOrderedInputThroughTheTornadosEnds() {
    // The deal's outcome is a choice of words: no percentiles, so no line (the tornado shows it).
    assertThat(u.spider()).extracting(Uncertainty.SpiderLine::input).containsExactly(
        "assumptions.supplier_switch_years.value", "assumptions.synthetic_data_substitution.value",
        "assumptions.data_uplift_rate.value", "assumptions.neutrality_erosion.value");
    for (Uncertainty.SpiderLine line : u.spider()) {
      Uncertainty.Swing bar = u.tornado().stream().filter(s -> s.input().equals(line.input())).findFirst().orElseThrow();
      assertThat(line.points().get(0).index()).as(line.input() + " at P10").isEqualTo(bar.atLow());
      assertThat(line.points().get(4).index()).as(line.input() + " at P90").isEqualTo(bar.atHigh());
      assertThat(line.points().get(2).index()).as(line.input() + " at P50").isEqualTo(u.central().index());
    }
    String spider = svg("mc-spider");
    assertThat(spider).contains(">How Meta&apos;s index moves across each input&apos;s range<", ">P10<", ">P90<",
        ">data uplift rate<");
    assertThat(svg("mc-spider-narrow")).contains(">neutrality erosion<");
  }

  private static String svg(String id) {
    int at = html.indexOf("<svg id='" + id + "'");
    assertThat(at).as(id).isNotNegative();
    return html.substring(at, html.indexOf("</svg>", at));
  }
}

package dev.stratsim.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fingerprint;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.model.ReportRequest;
import dev.stratsim.briefing.model.Uncertainty;
import dev.stratsim.schema.JsonSchemas;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML briefing as text: self-contained, accessible, and the same bytes every time. */
class HtmlReportTest {
  private static Briefing briefing;
  private static String html;

  @BeforeAll
  static void render() {
    briefing = Fixtures.briefing(List.of("meta-scale-deal", "regulator-blocks"), "baseline");
    html = html(briefing);
  }

  private static String html(Briefing b) {
    return new String(Reports.render(b, EnumSet.of(ReportFormat.html)).get("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    assertThat(html(Fixtures.briefing(List.of("meta-scale-deal", "regulator-blocks"), "baseline"))).isEqualTo(html);
  }

  @Test
  void everyChartIsAnInlineSvgWithATitleAndItsDataTable() {
    // Side by side, then per scenario: waterfall, trajectory, pillars.
    assertThat(charts(html)).containsExactly("side", "s1-waterfall", "s1-trajectory", "s1-pillars",
        "s2-waterfall", "s2-trajectory", "s2-pillars");
  }

  /**
   * The ids of the page's charts, each checked to have a title and a data table, and to be drawn
   * twice: wide, and narrow for a phone.
   */
  private static List<String> charts(String page) {
    Matcher svg = Pattern.compile("<svg id='([a-z0-9-]+)'[^>]*class='(?:wide|narrow)' role='img' aria-labelledby='\\1-title'"
        + " aria-describedby='([a-z0-9-]+)'><title id='\\1-title'>([^<]+)</title>").matcher(page);
    List<String> charts = new java.util.ArrayList<>();
    while (svg.find()) {
      charts.add(svg.group(1));
      assertThat(page).contains("<table id=\"" + svg.group(2) + "\">");
    }
    assertThat(page.split("<svg ", -1)).hasSize(charts.size() + 1);
    List<String> wide = charts.stream().filter(id -> !id.endsWith("-narrow")).toList();
    assertThat(charts).containsExactlyElementsOf(wide.stream().flatMap(id -> java.util.stream.Stream.of(id, id + "-narrow")).toList());
    return wide;
  }

  @Test
  void everyLineOfTheIndexChartEndsWithItsNameAndValueSoLinesThatMeetAreToldApart() {
    String chart = html.substring(html.indexOf("<svg id='s1-trajectory'"), html.indexOf("</svg>", html.indexOf("<svg id='s1-trajectory'")));

    // Amazon and Meta end less than a point apart: each line has its label and its value in 2029.
    dev.stratsim.cli.StockFigures deal = dev.stratsim.cli.StockFigures.of("scenarios/meta-scale-deal.yaml");
    java.util.Map.of("google", "Google", "microsoft", "Microsoft", "amazon", "Amazon", "meta", "Meta", "openai", "OpenAI",
        "nvidia", "Nvidia").forEach((id, name) ->
        assertThat(chart).contains(">" + name + " " + dev.stratsim.cli.StockFigures.shown(deal.index(id, 2029)) + "<"));
  }

  @Test
  void aReportWithSamplesIsTheSameWhateverTheThreadCount() {
    String one = html(Fixtures.briefing(sampled(1)));
    String two = html(Fixtures.briefing(sampled(2)));

    assertThat(two).isEqualTo(one);
    assertThat(charts(one)).containsExactly("side", "s1-waterfall", "s1-trajectory", "s1-pillars",
        "mc-distribution", "mc-scurve", "mc-ranks", "mc-tornado", "mc-spider");
    assertThat(one).contains("<table id=\"mc-spread\">", "<table id=\"mc-inputs\">", "<li><a href=\"#uncertainty\">");
    String histogram = one.substring(one.indexOf("<svg id='mc-distribution'"), one.indexOf("</svg>", one.indexOf("<svg id='mc-distribution'")));
    assertThat(histogram).as("the spike of the deal blocked or collapsed is labelled").containsPattern(">\\d+ samples \\(\\d+%\\)<");
  }

  /**
   * Fifty samples: the two threads take samples one at a time from a shared counter, so they
   * interleave whatever the count, and every chart, table and the spike's label are drawn as from
   * a hundred (which took a second more of CPU for the two briefings).
   */
  private static ReportRequest sampled(int threads) {
    return new ReportRequest(List.of(java.nio.file.Path.of("scenarios/meta-scale-uncertain.yaml")), null,
        java.nio.file.Path.of("unused"), EnumSet.of(ReportFormat.html), null, null, 50, 3L, threads, false, false,
        "VERSION");
  }

  @Test
  void idsAreUniqueAndCarryNoClock() {
    Matcher id = Pattern.compile(" id=['\"]([^'\"]+)['\"]").matcher(html);
    Set<String> seen = new HashSet<>();
    while (id.find()) {
      assertThat(seen.add(id.group(1))).as("duplicate id " + id.group(1)).isTrue();
      assertThat(id.group(1)).doesNotMatch(".*\\d{9,}.*");
    }
    assertThat(seen).hasSizeGreaterThan(20);
  }

  @Test
  void nothingIsLoadedFromOutside() {
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(http").doesNotContainPattern("(src|href)=['\"]?(https?:)?//");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
  }

  @Test
  void numbersInTheSvgHaveAtMostTwoDecimals() {
    assertThat(html).doesNotContainPattern("[xy]=?'-?\\d+\\.\\d{3,}'");
    assertThat(html).doesNotContainPattern("[ML,]-?\\d+\\.\\d{3,}");
  }

  @Test
  void theUncertaintySectionSlotsInWhenSamplesAreGiven() {
    Uncertainty u = new Uncertainty("meta-scale-deal", "meta", "", 2029, 1000, 7, new Uncertainty.Central(80.2, 3),
        new Uncertainty.Distribution(79.5, 74.1, 77.3, 79.8, 81.6, 84.0,
            List.of(new Uncertainty.Bin(72, 76, 120), new Uncertainty.Bin(76, 80, 480), new Uncertainty.Bin(80, 84, 400))),
        new TreeMap<>(Map.of(1, 0, 2, 250, 3, 600, 4, 150)),
        List.of(new Uncertainty.Input("deals[0].stake", "{dist: uniform, min: 0.2, max: 0.7}", "0.45")),
        List.of(new Uncertainty.Swing("deals[0].stake", "0.3", "0.6", 77.0, 82.0),
            new Uncertainty.Swing("assumptions.supplier_switch_years", "1", "3", 79.0, 80.5)));
    Briefing sampled = new Briefing(briefing.title(), null, briefing.focus(), briefing.cases(), briefing.vocabulary(),
        new Fingerprint("VERSION", briefing.fingerprint().rulesSha256(), briefing.fingerprint().scenarios(), 1000, 7L),
        Optional.of(u));

    Map<String, byte[]> files = Reports.render(sampled, EnumSet.allOf(ReportFormat.class));
    String page = new String(files.get("report.html"), StandardCharsets.UTF_8);
    String json = new String(files.get("report.json"), StandardCharsets.UTF_8);
    String md = new String(files.get("report.md"), StandardCharsets.UTF_8);

    assertThat(page).contains("<svg id='mc-distribution'", "<svg id='mc-ranks'", "<svg id='mc-tornado'",
        "href=\"#uncertainty\"");
    assertThat(md).contains("## How sure we are", "| the stake of Meta's deal for Scale AI | 0.3 | 0.6 | 77.0 | 82.0 | 5.0 |",
        "| Meta | 79.5 | 74.1 | 77.3 | 79.8 | 81.6 | 84.0 | 0.0% | 25.0% | 60.0% | 15.0% |");
    assertThat(JsonSchemas.errors(JsonSchemas.report(), json)).isEmpty();
    assertThat(json).contains("\"samples\" : 1000", "\"rank_probabilities\"");
    assertThat(html).doesNotContain("id=\"uncertainty\"");
  }

  @Test
  void aTimestampIsWrittenOnlyWhenAskedFor() {
    ReportRequest stamped = new ReportRequest(List.of(java.nio.file.Path.of("scenarios/meta-scale-deal.yaml")), null,
        java.nio.file.Path.of("unused"), EnumSet.allOf(ReportFormat.class), null, null, null, null, 1, true, false, "VERSION");

    Map<String, byte[]> files = Reports.render(Fixtures.briefing(stamped), EnumSet.allOf(ReportFormat.class));

    assertThat(new String(files.get("report.md"), StandardCharsets.UTF_8)).contains("Generated 2026-01-02T03:04:05Z.");
    assertThat(new String(files.get("report.json"), StandardCharsets.UTF_8))
        .contains("\"generated_at\" : \"2026-01-02T03:04:05Z\"");
    assertThat(html).doesNotContain("Generated ");
  }
}

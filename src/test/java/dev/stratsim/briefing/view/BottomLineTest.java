package dev.stratsim.briefing.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.Reports;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.cli.StockFigures;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary opens with the bottom line for the focus actor (where it lands, against what, how
 * sure), then why in the rules' own words; cases that repeat another collapse into "as in"; inputs
 * and money read as people name them.
 */
class BottomLineTest {
  private static final List<String> OUTCOMES =
      List.of("meta-scale-deal", "renegotiated-stake", "talks-collapse", "regulator-blocks");

  @Test
  void fourOutcomesOpenWithWhereMetaLandsInEachAgainstTheBaseline() {
    String md = markdown(Fixtures.briefing(OUTCOMES, "baseline", null, 7L));
    String summary = md.substring(md.indexOf("## Summary"), md.indexOf("## Scenarios side by side"));

    double base = metaIn("baseline");
    double deal = metaIn("meta-scale-deal");
    double reneg = metaIn("renegotiated-stake");
    assertThat(summary).startsWith("## Summary\n\n**Bottom line.** Meta ends 2029 4th of 5 model builders in “Meta"
        + " invests \\$14.3B in Scale AI as reported” and “Meta takes a smaller 25% stake after renegotiation”. It is"
        + " 5th in “Talks between Meta and Scale AI collapse” and “A regulator calls in and blocks Meta's stake in Scale"
        + " AI”. Its index is " + StockFigures.shown(base) + " in “No deal - the landscape as reported in mid-2025”."
        + " It rises to " + StockFigures.shown(deal) + " (" + StockFigures.change(base, deal) + ")"
        + " in “Meta invests \\$14.3B in Scale AI as reported” and to " + StockFigures.shown(reneg) + " ("
        + StockFigures.change(base, reneg) + ") in “Meta takes a smaller 25% stake"
        + " after renegotiation”. It stays at " + StockFigures.shown(base) + " in “Talks between Meta and Scale AI collapse”"
        + " and “A regulator calls in and blocks Meta's stake in Scale AI”.\n\n**How sure.** Not measured");
    assertThat(sentences(bottomLine(summary))).allSatisfy(s -> assertThat(s.split(" ")).hasSizeLessThanOrEqualTo(40));
    assertThat(summary).contains("**Why.** The rules that moved the index most, in their own words:\n\n"
        + "- “The strongest tie lifts each pillar” (+3.9 index points in “Meta invests \\$14.3B in Scale AI as"
        + " reported”): only the strongest pull on a pillar counts");
    assertThat(summary.indexOf("**Bottom line.**")).isLessThan(summary.indexOf("at a glance"));
  }

  /** Two cases that rank it differently read "ends 2029 4th ... and 2nd", not "2029 4th ... and 2029 2nd". */
  @Test
  void twoCasesNameTheYearAndTheFieldOnce() {
    String md = markdown(Fixtures.briefing(List.of("meta-scale-deal", "majority-takeover"), "baseline", null, 7L));
    String line = bottomLine(md);

    assertThat(line).startsWith("Meta ends 2029 4th of 5 model builders in “Meta invests \\$14.3B in Scale AI as"
        + " reported” and 3rd in “Meta buys a voting majority of Scale AI”. Its index is "
        + StockFigures.shown(metaIn("baseline")) + " in “No deal");
    assertThat(line.split("2029", -1)).hasSize(2);
    assertThat(line.split("model builders", -1)).hasSize(2);
    assertThat(sentences(line)).allSatisfy(s -> assertThat(s.split(" ")).hasSizeLessThanOrEqualTo(40));
  }

  private static String bottomLine(String md) {
    return md.substring(md.indexOf("**Bottom line.** ") + "**Bottom line.** ".length(), md.indexOf("\n\n**How sure.**"));
  }

  /** Sentences end with a full stop and a space; the stops inside "\\$14.3B" or "2.5" do not end one. */
  private static List<String> sentences(String text) {
    return List.of(text.split("(?<=[.”])\\s+(?=[A-Z])"));
  }

  @Test
  void aCaseThatRepeatsAnotherSaysOnlyWhereItDiffers() {
    String md = markdown(Fixtures.briefing(OUTCOMES, "baseline", null, 7L));

    assertThat(md).contains("**A regulator calls in and blocks Meta's stake in Scale AI** (against No deal - the"
        + " landscape as reported in mid-2025 (baseline))\n\nAs in “Talks between Meta and Scale AI collapse”, except:\n\n"
        + "- For Scale AI, the target of Meta's deal (blocked), its scrutiny rises from 0 to 3 by 2029.\n"
        + "- All 4 of the scenario's expectations hold.\n\n## Scenarios side by side");
    assertThat(md.split("No rule lowers Meta's index by 0.05 points or more.", -1)).hasSize(2);
  }

  @Test
  void theMonteCarloFindingComesFirstInWordsAndTheInputsByTheirNames() {
    String md = markdown(Fixtures.briefing(List.of("meta-scale-uncertain"), null, 200, 7L));
    String summary = md.substring(md.indexOf("## Summary"), md.indexOf("## Scenarios side by side"));

    assertThat(summary).contains("**How sure.** Over 200 samples of 5 uncertain inputs, Meta's likeliest rank in 2029 is"
        + " 4th (75.0% of the samples), with a 1.0% chance of 3rd or better; 90% of the samples put its index between");
    assertThat(summary).contains("the outcome of Meta's deal for Scale AI: " + StockFigures.shown(metaIn("regulator-blocks"))
        + " at blocked and " + StockFigures.shown(metaIn("meta-scale-deal")) + " at closed");
    assertThat(summary).doesNotContain("deals\\[0\\]", "assumptions.");
    assertThat(md).contains("| data uplift rate | assumptions.data\\_uplift\\_rate.value |".replace("\\_", "_"));
  }

  @Test
  void noRawDollarAmountsOutsideTheFingerprint() {
    String md = markdown(Fixtures.briefing(List.of("meta-scale-deal"), "baseline", null, 7L));

    // Hashes and the fingerprint are not amounts; every other run of 7+ digits is a dollar figure
    // (or a count) a reader would have to count the zeros of.
    List<String> raw = md.lines().filter(line -> !line.contains("SHA") && !line.toLowerCase().contains("fingerprint"))
        .filter(line -> java.util.regex.Pattern.compile("(?<![0-9a-f])\\d{7,}").matcher(line).find()).toList();
    assertThat(raw).isEmpty();
    assertThat(md).contains("scale-ai.valuation_usd@2025 was $28.1B")
        .contains("| compute_usd_per_hardware_point | \\$10.0B | usd per point |");
  }

  private static String markdown(Briefing b) {
    return new String(Reports.render(b, EnumSet.of(ReportFormat.markdown)).get("report.md"), StandardCharsets.UTF_8);
  }

  /** Meta's index in 2029 in a stock scenario, as the stock rules project it. */
  private static double metaIn(String scenario) {
    return StockFigures.of("scenarios/" + scenario + ".yaml").index("meta", 2029);
  }
}

package dev.stratsim.briefing.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.Reports;
import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.view.Views;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * report.md fits a pull-request comment (GitHub takes 65,536 characters) by default, whatever the
 * number of cases; report-full.md beside it holds everything, the rule trace included.
 */
class MarkdownFitTest {
  @Test
  void theFourOutcomesFitAPullRequestCommentAndTheFullReportHoldsTheTrace() {
    Map<String, byte[]> files = Reports.render(Fixtures.briefing(
        List.of("meta-scale-deal", "renegotiated-stake", "talks-collapse", "regulator-blocks"), "baseline", null, 7L),
        EnumSet.of(ReportFormat.markdown));
    String comment = new String(files.get("report.md"), StandardCharsets.UTF_8);
    String full = new String(files.get("report-full.md"), StandardCharsets.UTF_8);

    assertThat(comment.length()).isLessThanOrEqualTo(MarkdownFit.LIMIT);
    assertThat(comment).contains("## Summary", "## Talks between Meta and Scale AI collapse",
        "The rule trace of each case (every effect by year, actor, metric and rule) is in report-full.md");
    assertThat(comment).doesNotContain("Rule trace of");
    assertThat(full.length()).isGreaterThan(MarkdownFit.LIMIT);
    assertThat(full).contains("## Inputs and sources", "Rule trace of").doesNotContain("report-full.md");
  }

  @Test
  void aPageFarTooLongIsCutAtASectionAndSaysWhereTheRestIs() {
    Views.Page page = Views.page(Fixtures.briefing(List.of("meta-scale-deal"), "baseline", null, 7L), false);
    Views.Page many = new Views.Page(page.title(), page.subtitle(), page.generatedAt(), page.bottomLine(), page.glance(),
        java.util.Collections.nCopies(400, page.summaries().get(0)), page.sideBySide(), page.cases(), page.uncertainty(),
        page.calibration(), page.inputs(), page.traces(), page.fingerprint(), page.method(), null);

    String comment = MarkdownFit.comment(many);

    assertThat(comment.length()).isLessThanOrEqualTo(MarkdownFit.LIMIT);
    assertThat(comment).endsWith("The sections that did not fit a pull-request comment are in report-full.md.\n");
  }
}

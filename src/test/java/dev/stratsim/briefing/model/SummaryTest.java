package dev.stratsim.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.Projection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's sentences say what the numbers show, and only that. */
class SummaryTest {

  @Test
  void theDealAgainstTheBaselineStatesRanksIndexContributionsRiskAndTarget() {
    Briefing.Case c = Fixtures.briefing(List.of("meta-scale-deal"), "baseline").cases().get(0);
    Projection p = c.projection();
    int from = p.start().rank().get("meta");
    int to = p.last().rank().get("meta");
    int reference = c.reference().last().rank().get("meta");
    Attribution a = c.attribution().orElseThrow();

    assertThat(c.summary()).hasSize(7);
    assertThat(c.summary().get(0)).startsWith("Meta moves from " + Text.ordinal(from) + " to " + Text.ordinal(to));
    assertThat(c.summary().get(1)).startsWith("Google leads in 2029");
    assertThat(c.summary().get(2)).contains(to == reference ? "Meta ranks " + Text.ordinal(to) + " as in the reference"
        : "Meta ranks " + Text.ordinal(to) + " instead of " + Text.ordinal(reference)).contains("higher");
    assertThat(c.summary().get(3)).contains(a.contributions().get(0).rule())
        .contains(Text.signed1(a.contributions().get(0).index()) + " index points");
    Attribution.Contribution drag = a.contributions().stream().filter(x -> x.index() < 0).findFirst().orElseThrow();
    assertThat(c.summary().get(4)).startsWith("The largest drag on Meta's index is " + Text.quoted(drag.rule()));
    assertThat(c.summary().get(5)).startsWith("For Scale AI, the target of Meta's deal (closed)")
        .contains("neutrality falls from 90.0 to " + Text.fixed1(p.last().metric("scale-ai", "neutrality").orElseThrow()));
    assertThat(c.summary().get(6)).isEqualTo("All 6 of the scenario's expectations hold.");
  }

  @Test
  void theFirstScenarioIsItsOwnReferenceAndIsNotComparedWithItself() {
    Briefing b = Fixtures.briefing(List.of("baseline", "talks-collapse"), null);

    Briefing.Case baseline = b.cases().get(0);
    assertThat(baseline.isOwnReference()).isTrue();
    assertThat(baseline.summary()).noneMatch(s -> s.startsWith("Against"));
    assertThat(baseline.summary()).noneMatch(s -> s.contains("the target of"));
    // talks-collapse extends meta-scale-deal: its parent is its reference, not the first scenario.
    assertThat(b.cases().get(1).reference().scenario().id()).isEqualTo("meta-scale-deal");
  }

  @Test
  void aFocusActorThatLeadsIsSaidToLead() {
    Briefing b = Fixtures.briefing(Fixtures.request(List.of("meta-scale-deal"), "baseline", "google", null));

    assertThat(b.cases().get(0).summary()).contains("Google leads in 2029.");
  }

  @Test
  void failingExpectationsAreNamed() {
    Projection collapsed = dev.stratsim.engine.StockRules.run(java.nio.file.Path.of("scenarios/meta-scale-deal.yaml"),
        List.of("deals[0].outcome=collapsed"));
    long failing = dev.stratsim.evaluation.Expectations.check(collapsed).stream().filter(o -> !o.holds()).count();

    List<String> summary = Summary.of(collapsed, collapsed, "meta", java.util.Optional.empty(),
        dev.stratsim.engine.StockRules.get().vocabulary(), id -> id);

    assertThat(failing).isPositive();
    assertThat(summary.get(summary.size() - 1)).startsWith(failing + " of the scenario's 6 expectations")
        .contains("meta.data@2029 > meta.data@2025 + 5");
  }
}

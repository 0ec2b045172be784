package dev.stratsim.briefing.view;

import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Fingerprint;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rule trace of each scenario and the fingerprint that lets a reader reproduce the report. */
final class Appendix {
  static final String METHOD = "The waterfall splits the change of the index between the rules that moved "
      + "the pillars. The index is a CES mean of the pillars, so a pillar point is not worth the same "
      + "everywhere: each rule's pillar points are converted to index points at the index's average slope "
      + "along the straight path from the start pillars to the end pillars (the Aumann-Shapley method), "
      + "so the bars add up exactly to the change. It shows what each rule's effects account for in this "
      + "projection, not what would have happened without the rule: effects in later years depend on "
      + "earlier ones.";

  private Appendix() {}

  static List<Table> traces(Briefing b, Map<String, String> names) {
    List<Table> tables = new ArrayList<>();
    int i = 0;
    Vocabulary vocabulary = b.vocabulary();
    for (Briefing.Case c : b.cases()) {
      Projection p = c.projection();
      Table.Builder t = new Table.Builder("s" + (++i) + "-trace", "Rule trace of " + p.scenario().id() + ": "
          + p.effects().size() + " effects, by year, actor and metric");
      t.header("Year", "Actor", "Metric").numberHeader("Change").header("Rule", "Reason");
      for (Effect e : p.effects()) {
        t.row(List.of(Table.Cell.text(String.valueOf(e.year())), Table.Cell.text(names.getOrDefault(e.actor(), e.actor())),
            Table.Cell.text(e.metric()), Table.Cell.change(change(vocabulary.unitOf(e.metric()), e.delta()), e.delta()),
            Table.Cell.text(e.rule()), Table.Cell.text(e.reason())));
      }
      tables.add(t.build());
    }
    return tables;
  }

  /**
   * One effect as the trace shows it: points to two decimals, finer than elsewhere, so that small
   * effects are not shown as nothing; dollars always with a sign; counts and levels whole.
   */
  private static String change(Unit unit, double delta) {
    return switch (unit) {
      case POINTS -> Text.signed2(delta);
      case USD -> (delta >= 0 ? "+" : "-") + Text.usd(Math.abs(delta));
      case SHARE, COUNT, LEVEL -> Text.metricChange(unit, delta);
    };
  }

  static Table fingerprint(Briefing b) {
    Fingerprint f = b.fingerprint();
    Table.Builder t = new Table.Builder("fingerprint", "Fingerprint: the same inputs give the same report");
    t.header("What", "Value");
    t.row(List.of(Table.Cell.text("stratsim"), Table.Cell.text(f.stratsim())));
    t.row(List.of(Table.Cell.text("rules (SHA-256)"), Table.Cell.text(f.rulesSha256())));
    f.scenarios().forEach((id, sha) -> t.row(List.of(Table.Cell.text("scenario " + id + " (SHA-256)"),
        Table.Cell.text(sha))));
    t.row(List.of(Table.Cell.text("samples"), Table.Cell.text(f.samples() == null ? "none" : String.valueOf(f.samples()))));
    t.row(List.of(Table.Cell.text("seed"), Table.Cell.text(f.seed() == null ? "none" : String.valueOf(f.seed()))));
    return t.build();
  }
}

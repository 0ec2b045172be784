package dev.stratsim.briefing.view;

import dev.stratsim.briefing.chart.Charts;
import dev.stratsim.briefing.chart.Svg;
import dev.stratsim.briefing.chart.Waterfall;
import dev.stratsim.briefing.model.Attribution;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Position;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.evaluation.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One scenario's section: its position table, its charts with their data, signals and checks. */
final class CaseView {
  private CaseView() {}

  static Views.CaseBlock block(Briefing b, Briefing.Case c, String id, Map<String, String> names,
      List<String> order, boolean draw) {
    Projection p = c.projection();
    List<String> pillars = b.vocabulary().pillars();
    double max = pillars.stream().mapToDouble(x -> b.vocabulary().metrics().get(x).max()).max().orElse(100);
    String name = names.get(b.focus());

    Table trajectoryData = trajectory(p, id + "-trajectory-data", names);
    String title = "Competitive index by year";
    Views.Chart trajectory = new Views.Chart(id + "-trajectory", title, draw ? Svg.responsive(
        narrow -> Charts.trajectory(p, b.focus(), names, order), id + "-trajectory", 880, 420, 440,
        title + ": " + p.scenario().title(),
        trajectoryData.id()) : "", trajectoryData);

    Table pillarData = pillars(p, pillars, id + "-pillars-data", names);
    String pillarTitle = "Pillars in " + p.last().year();
    Views.Chart pillarChart = new Views.Chart(id + "-pillars", pillarTitle, draw ? Svg.responsive(
        narrow -> Charts.pillars(p, pillars, names, max), id + "-pillars", 880, 400, 420,
        pillarTitle + ": " + p.scenario().title(),
        pillarData.id()) : "", pillarData);

    Views.Chart waterfall = c.attribution().map(a -> {
      Waterfall w = waterfall(a, name);
      Table data = waterfallTable(a, id + "-waterfall-data", name);
      String t = "Where " + name + "'s index change comes from";
      return new Views.Chart(id + "-waterfall", t, draw ? Svg.responsive(narrow -> Charts.waterfall(w, narrow),
          id + "-waterfall", 880, 120 + 44 * w.steps().size(), 100 + 50 * w.steps().size(),
          t + ": " + p.scenario().title(), data.id()) : "", data);
    }).orElse(null);

    List<String> signals = p.signals().stream()
        .map(s -> s.year() + ", " + names.getOrDefault(s.actor(), s.actor()) + ": " + s.message()).toList();
    List<Views.Check> checks = Expectations.check(p).stream()
        .map(o -> new Views.Check(Text.detail(o, b.vocabulary()), o.holds())).toList();
    return new Views.CaseBlock(id, p.scenario().title(), c.description().orElse(null), Views.against(c),
        positions(c, pillars, id + "-positions"), trajectory, pillarChart, waterfall, signals, checks);
  }

  private static Table positions(Briefing.Case c, List<String> pillars, String id) {
    boolean compare = !c.isOwnReference();
    int year = c.projection().last().year();
    Table.Builder t = new Table.Builder(id, "Position in " + year + (compare
        ? ", change against " + c.reference().scenario().id() + " in brackets" : ""));
    t.header("Competitor").numberHeader(compare ? "Rank (reference)" : "Rank", "Index");
    pillars.forEach(x -> t.numberHeader(Text.capitalized(x)));
    for (Position row : c.positions()) {
      List<Table.Cell> cells = new ArrayList<>();
      cells.add(Table.Cell.text(row.shownName(c.positions())));
      Integer was = compare ? row.referenceRank() : null;
      cells.add(was == null || was == row.rank() ? Table.Cell.number(String.valueOf(row.rank()))
          : Table.Cell.change(row.rank() + " (" + was + ")", was - row.rank()));
      cells.add(value(row.index(), compare ? row.referenceIndex() : null));
      for (String x : pillars) {
        cells.add(value(row.pillars().get(x), compare ? row.referencePillars().get(x) : null));
      }
      t.row(cells);
    }
    return t.build();
  }

  private static Table.Cell value(double now, Double then) {
    if (then == null) {
      return Table.Cell.number(Text.fixed1(now));
    }
    return Table.Cell.change(Text.fixed1(now) + " (" + Text.shownChange(then, now) + ")", now - then);
  }

  private static Table trajectory(Projection p, String id, Map<String, String> names) {
    Table.Builder t = new Table.Builder(id, "Index at the end of each year");
    t.header("Competitor").numberHeader(p.start().year() + " (inputs)");
    p.years().forEach(y -> t.numberHeader(String.valueOf(y.year())));
    for (String a : Position.competitors(p)) {
      List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.text(names.get(a)),
          Table.Cell.number(Text.fixed1(p.start().index().get(a)))));
      p.years().forEach(y -> cells.add(Table.Cell.number(Text.fixed1(y.index().get(a)))));
      t.row(cells);
    }
    return t.build();
  }

  private static Table pillars(Projection p, List<String> pillars, String id, Map<String, String> names) {
    YearResult last = p.last();
    Table.Builder t = new Table.Builder(id, "Pillar scores in " + last.year());
    t.header("Competitor").numberHeader("Rank", "Index");
    pillars.forEach(x -> t.numberHeader(Text.capitalized(x)));
    for (String a : Position.byRank(last)) {
      List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.text(names.get(a)),
          Table.Cell.number(String.valueOf(last.rank().get(a))), Table.Cell.number(Text.fixed1(last.index().get(a)))));
      pillars.forEach(x -> cells.add(Table.Cell.number(Text.fixed1(last.metric(a, x).orElse(Double.NaN)))));
      t.row(cells);
    }
    return t.build();
  }

  static Waterfall waterfall(Attribution a, String name) {
    List<Waterfall.Step> steps = new ArrayList<>();
    steps.add(new Waterfall.Step("Start of " + a.startYear() + " (inputs)", a.startIndex(), a.startIndex(), true,
        Text.fixed1(a.startIndex())));
    double at = a.startIndex();
    List<Attribution.Contribution> shown = a.contributions().stream().limit(Views.WATERFALL_RULES).toList();
    for (Attribution.Contribution c : shown) {
      steps.add(new Waterfall.Step(c.rule(), at, at + c.index(), false, Text.signed1(c.index())));
      at += c.index();
    }
    int rest = a.contributions().size() - shown.size();
    double others = a.contributions().stream().skip(shown.size()).mapToDouble(Attribution.Contribution::index).sum();
    if (rest > 0) {
      steps.add(new Waterfall.Step(rest + " other rule" + (rest == 1 ? "" : "s"), at, at + others, false,
          Text.signed1(others)));
      at += others;
    }
    if (Math.abs(a.bounds()) >= 0.005) {
      steps.add(new Waterfall.Step("Kept within the metrics' bounds", at, at + a.bounds(), false, Text.signed1(a.bounds())));
    }
    steps.add(new Waterfall.Step("End of " + a.endYear(), a.endIndex(), a.endIndex(), true, Text.fixed1(a.endIndex())));
    return new Waterfall(name, List.copyOf(steps));
  }

  private static Table waterfallTable(Attribution a, String id, String name) {
    Table.Builder t = new Table.Builder(id, name + "'s index change by rule, " + a.startYear() + "-" + a.endYear()
        + " (index points, each rounded; unrounded they add up to the change)");
    t.header("Rule").numberHeader("Index points").header("Pillar points", "Years");
    t.row(List.of(Table.Cell.text("Start of " + a.startYear() + " (inputs)"), Table.Cell.number(Text.fixed1(a.startIndex())),
        Table.Cell.text(""), Table.Cell.text("")));
    for (Attribution.Contribution c : a.contributions()) {
      String points = String.join(", ", c.points().entrySet().stream()
          .map(e -> Text.signed1(e.getValue()) + " " + e.getKey()).toList());
      String years = c.firstYear() == c.lastYear() ? String.valueOf(c.firstYear()) : c.firstYear() + "-" + c.lastYear();
      t.row(List.of(Table.Cell.text(c.rule()), Table.Cell.change(Text.signed1(c.index()), c.index(), 0.05),
          Table.Cell.text(points), Table.Cell.text(years)));
    }
    if (Math.abs(a.bounds()) >= 0.005) {
      t.row(List.of(Table.Cell.text("Kept within the metrics' bounds"), Table.Cell.change(Text.signed1(a.bounds()), a.bounds()),
          Table.Cell.text(""), Table.Cell.text("")));
    }
    t.row(List.of(Table.Cell.text("End of " + a.endYear()), Table.Cell.number(Text.fixed1(a.endIndex())),
        Table.Cell.text(Text.shownChange(a.startIndex(), a.endIndex()) + " in all"), Table.Cell.text("")));
    return t.build();
  }
}

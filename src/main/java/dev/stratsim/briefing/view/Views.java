package dev.stratsim.briefing.view;

import dev.stratsim.briefing.chart.Charts;
import dev.stratsim.briefing.chart.Svg;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.InputLabels;
import dev.stratsim.briefing.model.Position;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.briefing.model.Uncertainty;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The briefing as the HTML and Markdown templates read it: text already formatted, tables laid
 * out, charts drawn (HTML only). Both formats come from the same view, so they say the same.
 */
public final class Views {
  /** Rules shown one by one in a waterfall; the rest are summed into one bar. */
  static final int WATERFALL_RULES = 8;

  private Views() {}

  /** The whole page. */
  public record Page(String title, String subtitle, String generatedAt, BottomLine bottomLine, Table glance,
      List<SummaryBlock> summaries, Chart sideBySide, List<CaseBlock> cases, UncertaintyView.Block uncertainty, CalibrationView.Block calibration,
      InputsView.Block inputs, List<Table> traces, Table fingerprint, String method, Elsewhere elsewhere) {
    /** This page without the rule trace, which {@code elsewhere} names. */
    public Page withoutTraces(String file) {
      return new Page(title, subtitle, generatedAt, bottomLine, glance, summaries, sideBySide, cases, uncertainty, calibration,
          inputs, List.of(), fingerprint, method, new Elsewhere(file, false, elsewhere != null && elsewhere.cases()));
    }

    /** This page without the rule trace and the inputs and sources. */
    public Page withoutInputs(String file) {
      return new Page(title, subtitle, generatedAt, bottomLine, glance, summaries, sideBySide, cases, uncertainty, calibration,
          null, List.of(), fingerprint, method, new Elsewhere(file, true, elsewhere != null && elsewhere.cases()));
    }

    /** This page with only the summary, the scenarios side by side and the Monte Carlo section. */
    public Page withoutCases(String file) {
      return new Page(title, subtitle, generatedAt, bottomLine, glance, summaries, sideBySide, List.of(), uncertainty, calibration,
          null, List.of(), fingerprint, method, new Elsewhere(file, true, true));
    }
  }

  /**
   * What a shortened page left to its full version, in {@code file}: always the rule trace, and
   * the inputs and the cases' own sections when the page was still too long.
   */
  record Elsewhere(String file, boolean inputs, boolean cases) {}

  /**
   * One case's sentences; {@code asIn} names an earlier case whose sentences these repeat ("As in
   * “Talks collapse”, except:"), and {@code sentences} are then only those that differ.
   */
  public record SummaryBlock(String title, String against, String asIn, List<String> sentences) {}

  /** One scenario's section. */
  record CaseBlock(String id, String title, String description, String against, Table positions,
      Chart trajectory, Chart pillars, Chart waterfall, List<String> signals, List<Check> expectations) {
    boolean hasSignals() {
      return !signals.isEmpty();
    }

    boolean hasExpectations() {
      return !expectations.isEmpty();
    }
  }

  record Check(String text, boolean holds) {}

  /**
   * A chart with the table of its data; {@code svg} is empty where no charts are drawn (Markdown).
   */
  record Chart(String id, String title, String svg, Table data) {}

  public static Page page(Briefing b, boolean draw) {
    Map<String, String> names = names(b);
    List<String> order = competitorOrder(b);
    List<SummaryBlock> summaries = summaries(b);
    List<CaseBlock> cases = new ArrayList<>();
    for (int i = 0; i < b.cases().size(); i++) {
      cases.add(CaseView.block(b, b.cases().get(i), "s" + (i + 1), names, order, draw));
    }
    Chart side = sideBySide(b, names, order, draw);
    return new Page(b.title(), subtitle(b, names), b.generatedAt(), BottomLine.of(b, names::get), glance(b, names),
        summaries, side, cases,
        b.uncertainty().map(u -> UncertaintyView.block(u, names, draw, label(b, u, names))).orElse(null),
        b.calibration().map(CalibrationView::block).orElse(null),
        InputsView.block(b, names), Appendix.traces(b, names), Appendix.fingerprint(b), Appendix.METHOD, null);
  }

  /**
   * Each case's sentences, those it shares with an earlier case against the same reference
   * collapsed into "as in": the earlier case with which it shares the most, when that is at least
   * two sentences.
   */
  static List<SummaryBlock> summaries(Briefing b) {
    List<SummaryBlock> blocks = new ArrayList<>();
    for (int i = 0; i < b.cases().size(); i++) {
      Briefing.Case c = b.cases().get(i);
      int best = -1;
      long shared = 1;
      for (int j = 0; j < i; j++) {
        Briefing.Case earlier = b.cases().get(j);
        long n = c.summary().stream().filter(earlier.summary()::contains).count();
        if (n > shared && earlier.reference() == c.reference()) {
          best = j;
          shared = n;
        }
      }
      String title = c.projection().scenario().title();
      if (best < 0) {
        blocks.add(new SummaryBlock(title, against(c), null, c.summary()));
        continue;
      }
      List<String> earlier = b.cases().get(best).summary();
      List<String> rest = c.summary().stream().filter(x -> !earlier.contains(x)).toList();
      String asIn = "As in " + Text.quoted(b.cases().get(best).projection().scenario().title())
          + (rest.isEmpty() ? ", word for word." : ", except:");
      blocks.add(new SummaryBlock(title, against(c), asIn, rest));
    }
    return List.copyOf(blocks);
  }

  private static String subtitle(Briefing b, Map<String, String> names) {
    Projection first = b.cases().get(0).projection();
    List<String> references = b.cases().stream().filter(c -> !c.isOwnReference())
        .map(c -> c.reference().scenario().id()).distinct().toList();
    return b.cases().size() + " scenario" + (b.cases().size() == 1 ? "" : "s") + ", " + first.first().year() + "-"
        + first.last().year() + ", following " + names.get(b.focus())
        + (references.size() == 1 ? ", compared with " + references.get(0) : "");
  }

  /** The focus actor's end position in each case, against its reference: the page's first table. */
  private static Table glance(Briefing b, Map<String, String> names) {
    String name = names.get(b.focus());
    Table.Builder t = new Table.Builder("glance", name + " at a glance");
    t.header("Scenario").numberHeader("Year", "Rank", "Index", "Against the reference").header("Reference", "Expectations");
    for (Briefing.Case c : b.cases()) {
      Position p = c.positions().stream().filter(x -> x.actor().equals(b.focus())).findFirst().orElseThrow();
      boolean compared = !c.isOwnReference() && p.referenceIndex() != null;
      String rank = Text.ordinal(p.rank()) + (compared && !p.referenceRank().equals(p.rank())
          ? " (" + Text.ordinal(p.referenceRank()) + ")" : "");
      var outcomes = dev.stratsim.evaluation.Expectations.check(c.projection());
      long holding = outcomes.stream().filter(o -> o.holds()).count();
      t.row(List.of(Table.Cell.text(c.projection().scenario().title()),
          Table.Cell.number(String.valueOf(c.projection().last().year())),
          compared ? Table.Cell.change(rank, p.referenceRank() - p.rank()) : Table.Cell.number(rank),
          Table.Cell.number(Text.fixed1(p.index())),
          compared ? Table.Cell.change(Text.shownChange(p.referenceIndex(), p.index()), p.index() - p.referenceIndex())
              : Table.Cell.number("-"),
          Table.Cell.text(c.isOwnReference() ? "itself" : c.reference().scenario().id()),
          Table.Cell.text(outcomes.isEmpty() ? "none" : holding + " of " + outcomes.size() + " hold")));
    }
    return t.build();
  }

  static String against(Briefing.Case c) {
    return c.isOwnReference() ? "the reference scenario"
        : "against " + c.reference().scenario().title() + " (" + c.reference().scenario().id() + ")";
  }

  private static Chart sideBySide(Briefing b, Map<String, String> names, List<String> order, boolean draw) {
    List<Projection> all = b.sideBySide();
    // A rank counts within the actor's arena: where the actors compete in several, an actor outside
    // the arena most of them share says which it is ranked in.
    YearResult last = all.get(0).last();
    String usual = order.stream().collect(java.util.stream.Collectors.groupingBy(last::arenaOf,
        LinkedHashMap::new, java.util.stream.Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    boolean arenas = order.stream().anyMatch(a -> !last.arenaOf(a).equals(usual));
    Table.Builder t = new Table.Builder("side-data", arenas
        ? "Index and rank within each actor's arena in each scenario's last year"
        : "Index and rank in each scenario's last year");
    t.header("Scenario", "Year");
    order.forEach(a -> t.numberHeader(last.arenaOf(a).equals(usual) ? names.get(a)
        : names.get(a) + " (" + last.arenaOf(a) + ")"));
    for (Projection p : all) {
      List<Table.Cell> cells = new ArrayList<>(List.of(Table.Cell.text(p.scenario().id()),
          Table.Cell.text(String.valueOf(p.last().year()))));
      for (String a : order) {
        Double index = p.last().index().get(a);
        cells.add(Table.Cell.number(index == null ? "-" : Text.fixed1(index) + " (" + p.last().rank().get(a) + ")"));
      }
      t.row(cells);
    }
    String title = "Index in the last year, scenario by scenario";
    String svg = draw ? Svg.responsive(narrow -> Charts.sideBySide(all, names, order, narrow), "side", 880, 420, 440, title,
        "side-data") : "";
    return new Chart("side", title, svg, t.build());
  }

  /** Names for people of the sampled scenario's uncertain inputs. */
  public static java.util.function.UnaryOperator<String> label(Briefing b, Uncertainty u, Map<String, String> names) {
    return b.projections().stream().filter(p -> p.scenario().id().equals(u.scenario())).findFirst()
        .<java.util.function.UnaryOperator<String>>map(p -> path -> InputLabels.of(path, p.scenario(),
            id -> names.getOrDefault(id, id)))
        .orElse(path -> path);
  }

  public static Map<String, String> names(Briefing b) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Projection p : b.projections()) {
      p.scenario().actors().values().forEach(a -> names.putIfAbsent(a.id(), a.name()));
    }
    return names;
  }

  /** Competitors in the order the scenarios list them, so each keeps its colour in every chart. */
  static List<String> competitorOrder(Briefing b) {
    List<String> order = new ArrayList<>();
    for (Projection p : b.projections()) {
      Position.competitors(p).stream().filter(a -> !order.contains(a)).forEach(order::add);
    }
    return order;
  }
}

package dev.stratsim.briefing.view;

import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Dollars;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.Unit;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Assumption;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs behind the projections: deal terms, assumptions, starting numbers and relations,
 * each with its sources, and what is reported fact kept apart from what is judgement. A source
 * that starts with "judgement" (as the stock scenarios write them) counts as judgement.
 */
public final class InputsView {
  private InputsView() {}

  record Block(Table deals, List<Sources> dealSources, Table assumptions, List<ActorInputs> actors,
      Table relations) {}

  /** What one item rests on: reported facts and judgement, each possibly empty. */
  record Sources(String subject, List<String> reported, List<String> judgement) {
    boolean hasReported() {
      return !reported.isEmpty();
    }

    boolean hasJudgement() {
      return !judgement.isEmpty();
    }
  }

  record ActorInputs(String name, String role, String numbers, List<String> reported, List<String> judgement) {
    boolean hasReported() {
      return !reported.isEmpty();
    }

    boolean hasJudgement() {
      return !judgement.isEmpty();
    }
  }

  static Block block(Briefing b, Map<String, String> names) {
    return new Block(deals(b, names), dealSources(b), assumptions(b), actors(b), relations(b, names));
  }

  public static boolean isJudgement(String text) {
    return text.strip().toLowerCase(Locale.ROOT).startsWith("judgement");
  }

  private static Map<Deal, List<String>> uniqueDeals(Briefing b) {
    Map<Deal, List<String>> deals = new LinkedHashMap<>();
    for (Projection p : b.projections()) {
      p.scenario().deals().forEach(d -> deals.computeIfAbsent(d, x -> new ArrayList<>()).add(p.scenario().id()));
    }
    return deals;
  }

  private static Table deals(Briefing b, Map<String, String> names) {
    Table.Builder t = new Table.Builder("deals", "Deal terms, as each scenario writes them");
    t.header("Deal", "In scenarios").numberHeader("Year").header("Acquirer", "Target").numberHeader("Amount", "Stake")
        .header("Votes", "Board seats", "Exclusivity", "Other terms", "Outcome");
    uniqueDeals(b).forEach((d, scenarios) -> t.row(List.of(Table.Cell.text(d.id()),
        Table.Cell.text(String.join(", ", scenarios)), Table.Cell.number(String.valueOf(d.year())),
        Table.Cell.text(names.getOrDefault(d.acquirer(), d.acquirer())),
        Table.Cell.text(names.getOrDefault(d.target(), d.target())), Table.Cell.number(Text.usd(d.amountUsd())),
        Table.Cell.number(Text.percent(d.stake())), Table.Cell.text(d.voting() ? "yes" : "no"),
        Table.Cell.text(String.valueOf(d.boardSeats())), Table.Cell.text(d.exclusivity()),
        Table.Cell.text(otherTerms(d)), Table.Cell.text(d.outcome()))));
    return t.build();
  }

  /** The terms the columns before leave out, in words, those set away from their default; "none" without any. */
  static String otherTerms(Deal d) {
    List<String> terms = new ArrayList<>();
    if (!d.talent().isEmpty()) {
      terms.add(String.join(" and ", d.talent()) + " moving");
    }
    if (!d.licence().equals("none")) {
      terms.add(d.licence() + " licence");
    }
    if (d.investmentUsd() > 0) {
      terms.add(Text.usd(d.investmentUsd()) + " invested");
    }
    if (d.computeUsd() > 0 || !d.computeExclusivity().equals("none")) {
      terms.add((d.computeUsd() > 0 ? Text.usd(d.computeUsd()) + " of compute committed" : "compute")
          + (d.computeExclusivity().equals("none") ? "" : " (" + d.computeExclusivity() + " provider)"));
    }
    if (d.supplyUsd() > 0) {
      terms.add(Text.usd(d.supplyUsd()) + " of supply secured");
    }
    if (d.distribution()) {
      terms.add("distribution");
    }
    if (!d.review().equals("predicted")) {
      terms.add("review: " + d.review());
    }
    if (d.unsolicited()) {
      terms.add("unsolicited");
    }
    return terms.isEmpty() ? "none" : String.join("; ", terms);
  }

  private static List<Sources> dealSources(Briefing b) {
    List<Sources> out = new ArrayList<>();
    uniqueDeals(b).keySet().stream().map(Deal::id).distinct().forEach(id -> {
      List<String> all = uniqueDeals(b).keySet().stream().filter(d -> d.id().equals(id))
          .flatMap(d -> d.sources().stream()).distinct().toList();
      out.add(split(id, all));
    });
    return out;
  }

  private static Sources split(String subject, List<String> sources) {
    return new Sources(subject, sources.stream().filter(s -> !isJudgement(s)).toList(),
        sources.stream().filter(InputsView::isJudgement).map(InputsView::withoutLabel).toList());
  }

  private static String withoutLabel(String judgement) {
    String s = judgement.strip().substring("judgement".length()).strip();
    s = s.startsWith(":") || s.startsWith("-") ? s.substring(1).strip() : s;
    return s.isEmpty() ? judgement : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Table assumptions(Briefing b) {
    Table.Builder t = new Table.Builder("assumptions",
        "Model assumptions (rules/assumptions.yaml), with the scenarios that change them");
    t.header("Assumption").numberHeader("Default").header("Unit", "Changed by scenarios", "Basis", "Why");
    for (KnobDef k : b.vocabulary().knobs().values()) {
      List<String> changes = new ArrayList<>();
      for (Projection p : b.projections()) {
        Assumption a = p.scenario().assumptions().get(k.name());
        if (a != null) {
          changes.add(p.scenario().id() + ": " + knobValue(k, a.value())
              + (a.source().isBlank() ? "" : " (" + a.source() + ")"));
        }
      }
      t.row(List.of(Table.Cell.text(k.name()), Table.Cell.number(knobValue(k, k.defaultValue())),
          Table.Cell.text(k.unit()), Table.Cell.text(changes.isEmpty() ? "-" : String.join("; ", changes)),
          Table.Cell.text(isJudgement(k.why()) ? "judgement" : "fact"), Table.Cell.text(k.why())));
    }
    return t.build();
  }

  /**
   * An assumption's value as the rest of the briefing writes numbers: a knob in dollars ("usd",
   * "usd per point") as $B/$M, since nobody reads 10000000000 at a glance; others as written.
   */
  private static String knobValue(KnobDef k, double value) {
    return Dollars.declared(k.unit()) ? Text.usd(value) : Text.decimal(value).toPlainString();
  }

  private static List<ActorInputs> actors(Briefing b) {
    Map<String, ActorInputs> out = new LinkedHashMap<>();
    for (Projection p : b.projections()) {
      for (Actor a : p.scenario().actors().values()) {
        if (out.containsKey(a.id())) {
          continue;
        }
        String numbers = String.join(", ", a.metrics().entrySet().stream()
            .map(e -> number(e.getKey(), e.getValue(), b.vocabulary().unitOf(e.getKey()))).toList());
        Sources s = split(a.id(), a.sources());
        List<String> judgement = new ArrayList<>();
        if (!a.judgement().isBlank()) {
          judgement.add(a.judgement().strip());
        }
        judgement.addAll(s.judgement());
        out.put(a.id(), new ActorInputs(a.name(), a.role(), numbers, s.reported(), List.copyOf(judgement)));
      }
    }
    return List.copyOf(out.values());
  }

  /** {@code capex $75.0B}, {@code data 84.0}. */
  private static String number(String metric, double value, Unit unit) {
    return Text.label(metric, unit) + " " + Text.metric(unit, value);
  }

  private static Table relations(Briefing b, Map<String, String> names) {
    Table.Builder t = new Table.Builder("relations", "Who buys from whom at the start");
    t.header("Customer", "Supplier").numberHeader("Share of needs", "Share of revenue").header("Reported", "Judgement");
    Map<String, Relation> unique = new LinkedHashMap<>();
    for (Projection p : b.projections()) {
      p.scenario().relations().forEach(r -> unique.putIfAbsent(r.customer() + ">" + r.supplier(), r));
    }
    for (Relation r : unique.values()) {
      Sources s = split("", r.sources());
      t.row(List.of(Table.Cell.text(names.getOrDefault(r.customer(), r.customer())),
          Table.Cell.text(names.getOrDefault(r.supplier(), r.supplier())), Table.Cell.number(Text.percent(r.share())),
          Table.Cell.number(Text.percent(r.revenueShare())), Table.Cell.text(String.join("; ", s.reported())),
          Table.Cell.text(String.join("; ", s.judgement()))));
    }
    return t.build();
  }
}

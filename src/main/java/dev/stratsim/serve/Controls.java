package dev.stratsim.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.Dollars;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;
import dev.stratsim.scenario.Assumption;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Scenario;
import java.util.List;
import java.util.SortedMap;

/**
 * The page's controls for one scenario: each deal's terms and outcome, every assumption the rules
 * read and the index weights, each with its current value, its bounds as the scenario checks hold
 * them, and where the value comes from. Each control edits one {@code --set} path. A number
 * control says its unit ({@link #unit}), which the page shows the value in and writes beside
 * its bounds; the page guesses none.
 */
final class Controls {
  /** The most a pillar weighs on the page's slider; the file may say more. */
  private static final double MAX_WEIGHT = 3;

  private Controls() {}

  static ObjectNode of(Scenario scenario, Vocabulary vocabulary) {
    ObjectNode controls = JsonNodeFactory.instance.objectNode();
    ArrayNode groups = controls.putArray("groups");
    List<Deal> deals = scenario.deals();
    for (int i = 0; i < deals.size(); i++) {
      Deal deal = deals.get(i);
      String at = "deals[" + i + "].";
      ObjectNode group = group(groups, "Deal " + deal.id() + ": " + deal.acquirer() + " and " + deal.target(),
          deal.sources());
      ArrayNode items = group.putArray("controls");
      select(items, at + "outcome", "outcome", deal.outcome(), Deal.OUTCOMES);
      range(items, at + "stake", "stake", deal.stake(), 0, 1, 0.01, "share");
      number(items, at + "amount_usd", "amount (USD)", deal.amountUsd(), 0, Double.POSITIVE_INFINITY, 1e8,
          unit(null, at + "amount_usd"));
      number(items, at + "year", "year", deal.year(), scenario.period().start(), scenario.period().end(), 1, "");
      select(items, at + "voting", "voting", String.valueOf(deal.voting()), List.of("false", "true"));
      number(items, at + "board_seats", "board seats", deal.boardSeats(), 0, 20, 1, "");
      select(items, at + "exclusivity", "exclusivity", deal.exclusivity(), Deal.EXCLUSIVITIES);
      select(items, at + "licence", "licence", deal.licence(), Deal.LICENCES);
      number(items, at + "compute_usd", "compute committed (USD)", deal.computeUsd(), 0, Double.POSITIVE_INFINITY,
          1e8, unit(null, at + "compute_usd"));
      select(items, at + "compute_exclusivity", "compute exclusivity", deal.computeExclusivity(),
          Deal.COMPUTE_EXCLUSIVITIES);
      select(items, at + "unsolicited", "unsolicited bid", String.valueOf(deal.unsolicited()), List.of("false", "true"));
    }
    ObjectNode assumptions = group(groups, "Assumptions", List.of());
    ArrayNode items = assumptions.putArray("controls");
    SortedMap<String, Double> values = vocabulary.knobValues(scenario.assumptionValues());
    for (KnobDef knob : vocabulary.knobs().values()) {
      double value = values.get(knob.name());
      Assumption own = scenario.assumptions().get(knob.name());
      String path = "assumptions." + knob.name();
      ObjectNode control = Double.isFinite(knob.min()) && Double.isFinite(knob.max())
          ? range(items, path, knob.name(), value, knob.min(), knob.max(), step(knob.min(), knob.max()),
              unit(knob.unit(), path))
          : number(items, path, knob.name(), value, knob.min(), knob.max(), 0, unit(knob.unit(), path));
      control.put("source", own != null && own.source() != null && !own.source().isBlank()
          ? own.source() : "default of the rules: " + knob.why());
    }
    ObjectNode weights = group(groups, "Index weights", List.of());
    ArrayNode weightItems = weights.putArray("controls");
    for (String pillar : vocabulary.pillars()) {
      range(weightItems, "weights." + pillar, pillar, scenario.weights().getOrDefault(pillar, 1.0), 0, MAX_WEIGHT,
          0.05, "weight");
    }
    return controls;
  }

  /**
   * A control's unit as the page reads it: {@code usd} where {@link Dollars#in} says the value is
   * in dollars (a knob by its {@code unit:}, "usd per point" too; a deal's amount, which declares
   * none, by its path), shown as $B; otherwise the unit as declared ({@code share}, shown as a
   * percentage, or a knob's own words), or "" for none.
   */
  static String unit(String declared, String path) {
    return Dollars.in(declared, path) ? Unit.USD.word() : declared == null ? "" : declared;
  }

  private static ObjectNode group(ArrayNode groups, String title, List<String> sources) {
    ObjectNode group = groups.addObject().put("title", title);
    ArrayNode list = group.putArray("sources");
    sources.forEach(list::add);
    return group;
  }

  private static double step(double min, double max) {
    double raw = (max - min) / 200;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    return power;
  }

  private static ObjectNode range(ArrayNode items, String path, String label, double value, double min, double max,
      double step, String unit) {
    return items.addObject().put("path", path).put("label", label).put("kind", "range")
        .put("value", Numbers.json(value)).put("min", Numbers.json(min)).put("max", Numbers.json(max))
        .put("step", step).put("unit", unit == null ? "" : unit);
  }

  private static ObjectNode number(ArrayNode items, String path, String label, double value, double min, double max,
      double step, String unit) {
    ObjectNode control = items.addObject().put("path", path).put("label", label).put("kind", "number")
        .put("value", Numbers.json(value)).put("step", step > 0 ? String.valueOf(step) : "any");
    if (!unit.isEmpty()) {
      control.put("unit", unit);
    }
    if (Double.isFinite(min)) {
      control.put("min", Numbers.json(min));
    }
    if (Double.isFinite(max)) {
      control.put("max", Numbers.json(max));
    }
    return control;
  }

  private static void select(ArrayNode items, String path, String label, String value, List<String> options) {
    ObjectNode control = items.addObject().put("path", path).put("label", label).put("kind", "select")
        .put("value", value);
    ArrayNode list = control.putArray("options");
    options.forEach(list::add);
  }
}

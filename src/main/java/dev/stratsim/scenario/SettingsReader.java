package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionException;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.DidYouMean;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads the model settings of a scenario: {@code assumptions}, {@code weights}, {@code expect}. */
final class SettingsReader {
  private final Vocabulary vocabulary;
  private final Checker c;

  SettingsReader(Vocabulary vocabulary, Checker checker) {
    this.vocabulary = vocabulary;
    this.c = checker;
  }

  SortedMap<String, Assumption> assumptions(ObjectNode root) {
    SortedMap<String, Assumption> out = new TreeMap<>();
    c.field(root, "", "assumptions")
        .map("a map of assumption name to a number or {value: 0.2, source: \"...\"}")
        .ifPresent(map -> map.fieldNames().forEachRemaining(name -> {
          String path = YamlPaths.key("assumptions", name);
          KnobDef knob = vocabulary.knobs().get(name);
          if (knob == null) {
            c.keyError(path, "unknown assumption '" + name + "'" + DidYouMean.hint(name,
                vocabulary.knobs().keySet(), "known assumptions: " + known()));
          } else {
            assumption(path, map.get(name), knob).ifPresent(a -> out.put(name, a));
          }
        }));
    tiesBetweenKnobs(out);
    return out;
  }

  /** Knobs tied to each other (at_most, below in assumptions.yaml) must still fit together. */
  private void tiesBetweenKnobs(SortedMap<String, Assumption> overrides) {
    Map<String, Double> values = new HashMap<>();
    vocabulary.knobs().forEach((name, k) -> values.put(name, k.defaultValue()));
    overrides.forEach((name, a) -> values.put(name, a.value()));
    for (KnobDef knob : vocabulary.knobs().values()) {
      knob.conflict(values.get(knob.name()), values).ifPresent(why -> {
        String partner = knob.atMost() != null ? knob.atMost() : knob.below();
        String set = overrides.containsKey(knob.name()) ? knob.name() : partner;
        c.error(YamlPaths.key("assumptions", set), why + "; change one of them");
      });
    }
  }

  private Optional<Assumption> assumption(String path, JsonNode node, KnobDef knob) {
    Range range = new Range(knob.min(), knob.max());
    if (!node.isObject()) {
      OptionalDouble value = c.at(path, node).requiredNumber(range);
      return value.isPresent()
          ? Optional.of(new Assumption(knob.name(), value.getAsDouble(), ""))
          : Optional.empty();
    }
    ObjectNode map = (ObjectNode) node;
    c.onlyKeys(map, path, List.of("value", "source"));
    OptionalDouble value = c.field(map, path, "value").requiredNumber(range);
    String source = c.field(map, path, "source").text().orElse("");
    return value.isPresent()
        ? Optional.of(new Assumption(knob.name(), value.getAsDouble(), source))
        : Optional.empty();
  }

  private String known() {
    return vocabulary.knobs().isEmpty() ? "(none)" : String.join(", ", vocabulary.knobs().keySet());
  }

  /** One weight per pillar; a pillar left out weighs 1. */
  SortedMap<String, Double> weights(ObjectNode root) {
    List<String> pillars = vocabulary.pillars();
    Map<String, Double> given = new HashMap<>();
    c.field(root, "", "weights").map("a map of pillar to weight, e.g. {data: 1, hardware: 2}")
        .ifPresent(map -> map.fieldNames().forEachRemaining(name -> {
          String path = YamlPaths.key("weights", name);
          if (!pillars.contains(name)) {
            String allowed = pillars.isEmpty() ? "this rule set has no pillars to weigh"
                : "weights apply to the pillars " + String.join(", ", pillars);
            c.keyError(path, "unknown pillar '" + name + "' in weights"
                + DidYouMean.hint(name, pillars, allowed));
          } else {
            c.field(map, "weights", name).number(Range.NON_NEGATIVE)
                .ifPresent(w -> given.put(name, w));
          }
        }));
    SortedMap<String, Double> weights = new TreeMap<>();
    pillars.forEach(p -> weights.put(p, given.getOrDefault(p, 1.0)));
    if (!given.isEmpty() && weights.values().stream().allMatch(w -> w == 0)) {
      c.error("weights", "weights are all zero; give at least one pillar a weight above 0");
    }
    return weights;
  }

  /** Kept as written, with their location; parsed here so a typo is caught before any run. */
  List<Expectation> expectations(ObjectNode root, Map<String, Actor> actors, Optional<Period> period) {
    List<Expectation> out = new ArrayList<>();
    c.field(root, "", "expect").list("a list of checks like \"meta.rank@2029 <= 2\"")
        .ifPresent(items -> {
          for (int i = 0; i < items.size(); i++) {
            String path = YamlPaths.index("expect", i);
            Location at = c.location(path);
            c.at(path, items.get(i)).requiredText("a check like \"meta.rank@2029 <= 2\"")
                .filter(text -> parses(path, text, at, actors, period))
                .ifPresent(text -> out.add(new Expectation(text, at.file(), at.line(),
                    at.column())));
          }
        });
    return List.copyOf(out);
  }

  private boolean parses(String path, String text, Location at, Map<String, Actor> actors,
      Optional<Period> period) {
    try {
      Expr expr = ExpressionParser.parseCheck(text);
      for (Expr.MetricRef ref : Expr.references(expr)) {
        String wrong = unknownReference(ref, actors, period);
        if (wrong != null) {
          c.add(at.problem(path + " (\"" + text + "\") reads " + ref + ", but " + wrong));
          return false;
        }
      }
      return true;
    } catch (ExpressionException e) {
      String message = path + " does not parse: " + e.reason() + " in \"" + text + "\"";
      c.add(at.file() == null ? at.problem(message)
          : Problem.at(at.file(), at.line(), at.column() + e.column() - 1, message));
      return false;
    }
  }

  /** Why a metric path cannot name anything in this scenario, or null if it can. */
  private String unknownReference(Expr.MetricRef ref, Map<String, Actor> actors, Optional<Period> period) {
    Actor actor = actors.get(ref.actor());
    if (actor == null) {
      return "there is no actor '" + ref.actor() + "'" + DidYouMean.suggest(ref.actor(), actors.keySet())
          .map(m -> "; did you mean '" + m + "'?").orElse("");
    }
    if (ref.year() != null && period.isPresent() && !period.get().contains(ref.year())) {
      return ref.year() + " is outside the period " + period.get().start() + ".." + period.get().end();
    }
    boolean competes = actor.metrics().keySet().containsAll(vocabulary.pillars());
    if (ref.metric().equals("index") || ref.metric().equals("rank")) {
      return competes ? null : ref.actor() + " has no " + ref.metric() + ": only actors with every pillar ("
          + String.join(", ", vocabulary.pillars()) + ") compete and are ranked";
    }
    MetricDef def = vocabulary.metrics().get(ref.metric());
    if (actor.metrics().containsKey(ref.metric()) || (def != null && def.derived())) {
      return null;
    }
    List<String> known = new ArrayList<>(actor.metrics().keySet());
    if (competes) {
      known.addAll(List.of("index", "rank"));
    }
    return ref.actor() + " has no metric '" + ref.metric() + "'" + DidYouMean.suggest(ref.metric(), known)
        .map(m -> "; did you mean '" + m + "'?").orElse("; it has " + String.join(", ", known));
  }
}

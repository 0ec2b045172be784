package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads the model settings of a scenario: {@code assumptions} and {@code weights}. */
final class SettingsReader {
  private final Vocabulary vocabulary;
  private final Checker c;

  SettingsReader(Vocabulary vocabulary, Checker checker) {
    this.vocabulary = vocabulary;
    this.c = checker;
  }

  SortedMap<String, Assumption> assumptions(ObjectNode root) {
    SortedMap<String, Assumption> out = new TreeMap<>();
    java.util.Set<String> rejected = new java.util.HashSet<>();
    c.field(root, "", "assumptions")
        .map("a map of assumption name to a number or {value: 0.2, source: \"...\"}")
        .ifPresent(map -> map.fieldNames().forEachRemaining(name -> {
          String path = YamlPaths.key("assumptions", name);
          KnobDef knob = vocabulary.knobs().get(name);
          if (knob == null) {
            c.keyError(path, "unknown assumption '" + name + "'" + DidYouMean.hint(name,
                vocabulary.knobs().keySet(), "known assumptions: " + known()));
          } else {
            assumption(path, map.get(name), knob).ifPresentOrElse(a -> out.put(name, a), () -> rejected.add(name));
          }
        }));
    tiesBetweenKnobs(out, rejected);
    return out;
  }

  /**
   * Knobs tied to each other (at_most, below in assumptions.yaml) must still fit together. A tie
   * with a knob whose value was refused is not judged: its default would stand in for a value the
   * user did give, and the message would blame a value that may be right.
   */
  private void tiesBetweenKnobs(SortedMap<String, Assumption> overrides, java.util.Set<String> rejected) {
    Map<String, Double> values = new HashMap<>();
    vocabulary.knobs().forEach((name, k) -> values.put(name, k.defaultValue()));
    overrides.forEach((name, a) -> values.put(name, a.value()));
    for (KnobDef knob : vocabulary.knobs().values()) {
      String tied = knob.atMost() != null ? knob.atMost() : knob.below();
      if (rejected.contains(knob.name()) || rejected.contains(tied)) {
        continue;
      }
      knob.conflict(values.get(knob.name()), values).ifPresent(why -> {
        String partner = tied;
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
}

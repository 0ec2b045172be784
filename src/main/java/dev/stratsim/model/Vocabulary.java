package dev.stratsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a rule set knows about: its metrics and its knobs, in the order the rules folder
 * declares them. Scenarios are validated against it, so a typo in a scenario is caught before
 * any rule runs.
 */
public record Vocabulary(Map<String, MetricDef> metrics, Map<String, KnobDef> knobs) {

  public Vocabulary {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    knobs = Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
  }

  public static Vocabulary of(Map<String, MetricDef> metrics, Map<String, KnobDef> knobs) {
    return new Vocabulary(metrics, knobs);
  }

  /** The pillars in declaration order; an actor with all of them competes and is ranked. */
  public List<String> pillars() {
    return metrics.values().stream().filter(MetricDef::pillar).map(MetricDef::name).toList();
  }

  /** Defaults of every knob, overridden by the given scenario assumptions. */
  public SortedMap<String, Double> knobValues(Map<String, Double> overrides) {
    SortedMap<String, Double> values = new TreeMap<>();
    knobs.values().forEach(k -> values.put(k.name(), k.defaultValue()));
    values.putAll(overrides);
    return values;
  }
}

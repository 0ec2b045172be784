package dev.stratsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * The definition a tracked metric follows: its own, or for a metric tracked per other actor
   * ({@code share:SUPPLIER}) that of the metric before the colon ({@code share}).
   */
  public Optional<MetricDef> definition(String tracked) {
    int colon = tracked.indexOf(':');
    return Optional.ofNullable(metrics.get(colon < 0 ? tracked : tracked.substring(0, colon)));
  }

  /**
   * The unit of a tracked metric. The index, which no metrics.yaml declares, is in points: it is a
   * mean of the pillars, which the loader holds to points. A number a rule tracks under any other
   * undeclared name reads as points too, as it did before metrics had units.
   */
  public Unit unitOf(String tracked) {
    return definition(tracked).map(MetricDef::unit).orElse(Unit.POINTS);
  }

  /** Defaults of every knob, overridden by the given scenario assumptions. */
  public SortedMap<String, Double> knobValues(Map<String, Double> overrides) {
    SortedMap<String, Double> values = new TreeMap<>();
    knobs.values().forEach(k -> values.put(k.name(), k.defaultValue()));
    values.putAll(overrides);
    return values;
  }
}

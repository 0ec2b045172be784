package dev.stratsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a rule set knows about: its metrics and its knobs, the arenas and roles actors compete
 * in, and the phases of a year, in the order the rules folder declares them. Scenarios are
 * validated against it, so a typo in a scenario is caught before any rule runs.
 */
public record Vocabulary(Map<String, MetricDef> metrics, Map<String, KnobDef> knobs,
    Map<String, ArenaDef> arenas, Map<String, RoleDef> roles, List<PhaseDef> phases) {

  public Vocabulary {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    knobs = Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
    arenas = Collections.unmodifiableMap(new LinkedHashMap<>(arenas));
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    phases = List.copyOf(phases);
  }

  /** A vocabulary without arenas, roles or phases: everyone competes in one field. */
  public static Vocabulary of(Map<String, MetricDef> metrics, Map<String, KnobDef> knobs) {
    return new Vocabulary(metrics, knobs, Map.of(), Map.of(), List.of());
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

  /** The declared role a scenario's role names, by its name or another name for it. */
  public Optional<RoleDef> role(String role) {
    RoleDef def = roles.get(role);
    return def != null ? Optional.of(def) : roles.values().stream().filter(r -> r.answersTo(role)).findFirst();
  }

  /**
   * The arena an actor of {@code role} is ranked in: its role's, else the fallback arena, else ""
   * when the rules declare no arenas.
   */
  public String arenaOf(String role) {
    Optional<RoleDef> def = role(role);
    if (def.isPresent() && !def.get().arena().isEmpty()) {
      return def.get().arena();
    }
    return arenas.values().stream().filter(ArenaDef::fallback).map(ArenaDef::name).findFirst().orElse("");
  }

  /**
   * The other arenas whose companies sell against those of {@code arena}, whichever of the two
   * declares it, in the order the rules declare the arenas.
   */
  public List<String> rivalArenas(String arena) {
    return arenas.values().stream().filter(a -> !a.name().equals(arena))
        .filter(a -> a.rivals().contains(arena) || arenas.containsKey(arena) && arenas.get(arena).rivals().contains(a.name()))
        .map(ArenaDef::name).toList();
  }

  /** The pillar an actor of {@code role} sells, or "" when its role sells none or is not declared. */
  public String sells(String role) {
    return role(role).map(RoleDef::sells).orElse("");
  }

  /** Whether an actor of {@code role} makes what it sells (its pillar is its products' standing). */
  public boolean maker(String role) {
    return role(role).map(RoleDef::maker).orElse(false);
  }

  /** The pillar weights of an arena's index: its own, or the scenario's when it declares none. */
  public SortedMap<String, Double> weightsIn(String arena, Map<String, Double> scenarioWeights) {
    ArenaDef def = arenas.get(arena);
    return new TreeMap<>(def == null || def.weights().isEmpty() ? scenarioWeights : def.weights());
  }
}

package dev.stratsim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A scenario after {@code extends} is merged and {@code --set} overrides are applied, validated
 * against the rules' vocabulary.
 *
 * @param actors in the order the file lists them (an insertion-ordered map)
 * @param weights the weight of each pillar in the index
 * @param sha256 of the merged scenario's canonical form, so two runs can be told apart
 * @param simulated the {@code expect_simulated:} checks, or {@link SimulatedExpectations#NONE}
 * @param followed the {@code followed:} checks: what followed a historical deal, which {@code
 *     check} counts rather than requires
 */
public record Scenario(
    String id,
    String title,
    Path file,
    Period period,
    Map<String, Actor> actors,
    List<Relation> relations,
    List<Deal> deals,
    SortedMap<String, Assumption> assumptions,
    SortedMap<String, Double> weights,
    List<Expectation> expectations,
    String sha256,
    SimulatedExpectations simulated,
    List<Expectation> followed) {

  /**
   * The same scenario without its deals ({@code deals: []}), everything else equal: what
   * {@code effect(...)} and {@code nodeal(...)} compare a projection with. It keeps the fingerprint
   * of this scenario, which determines it.
   */
  public Scenario withoutDeals() {
    return deals.isEmpty() ? this : new Scenario(id, title, file, period, actors, relations, List.of(),
        assumptions, weights, expectations, sha256, simulated, followed);
  }

  /**
   * The same scenario with these knob values for every knob it does not set itself: what the
   * knobs' defaults would make of it. A scenario's own assumptions are facts about its market and
   * stay as written. Knob ties ({@code at_most}, {@code below}) are the caller's to keep.
   */
  public Scenario withKnobs(Map<String, Double> values, String source) {
    SortedMap<String, Assumption> merged = new TreeMap<>(assumptions);
    values.forEach((name, value) -> merged.putIfAbsent(name, new Assumption(name, value, source)));
    return new Scenario(id, title, file, period, actors, relations, deals, merged, weights, expectations,
        sha256, simulated, followed);
  }

  /** The knob overrides as plain numbers. */
  public SortedMap<String, Double> assumptionValues() {
    SortedMap<String, Double> values = new TreeMap<>();
    assumptions.forEach((name, a) -> values.put(name, a.value()));
    return values;
  }
}

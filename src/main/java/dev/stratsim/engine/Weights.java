package dev.stratsim.engine;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The weight of each pillar in the index, per arena: the arena's own weights from {@code
 * rules/roles.yaml}, or the scenario's.
 */
public record Weights(SortedMap<String, SortedMap<String, Double>> arenas) {

  public Weights {
    SortedMap<String, SortedMap<String, Double>> copy = new TreeMap<>();
    arenas.forEach((arena, weights) -> copy.put(arena, new TreeMap<>(weights)));
    arenas = copy;
  }

  public double of(String arena, String pillar) {
    Map<String, Double> weights = arenas.get(arena);
    return weights == null ? 0 : weights.getOrDefault(pillar, 0.0);
  }
}

package dev.stratsim.engine;

import java.util.SortedMap;
import java.util.TreeMap;

/** The weight of each pillar in the index, from the scenario. */
public record Weights(SortedMap<String, Double> values) {

  public Weights {
    values = new TreeMap<>(values);
  }

  public double of(String pillar) {
    return values.getOrDefault(pillar, 0.0);
  }
}

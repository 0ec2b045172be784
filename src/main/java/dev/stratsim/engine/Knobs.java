package dev.stratsim.engine;

import java.util.SortedMap;
import java.util.TreeMap;

/** The model's assumptions for this run: the defaults from the rules, overridden by the scenario. */
public record Knobs(SortedMap<String, Double> values) {

  public Knobs {
    values = new TreeMap<>(values);
  }

  /** The value of a knob; a name the rules do not declare is a rule error, not a zero. */
  public double num(String name) {
    Double value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "the rules read assumption '" + name + "', which rules/assumptions.yaml does not declare");
    }
    return value;
  }
}

package dev.stratsim.model;

/**
 * A tunable number of the model (an "assumption"), declared with its default in {@code
 * rules/assumptions.yaml}; scenarios override it under {@code assumptions:}.
 */
public record KnobDef(
    String name, double defaultValue, double min, double max, String unit, String why) {

  public boolean contains(double value) {
    return value >= min && value <= max;
  }
}

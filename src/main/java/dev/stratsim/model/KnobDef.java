package dev.stratsim.model;

import java.util.Optional;

/**
 * A tunable number of the model (an "assumption"), declared with its default in {@code
 * rules/assumptions.yaml}; scenarios override it under {@code assumptions:}.
 *
 * @param atMost another knob this one must not exceed, or null
 * @param below another knob this one must stay strictly below, or null
 * @param fit where {@code stratsim calibrate} may search for this knob, or null when it is not
 *     marked {@code calibrate: true}
 * @param calibrated the line {@code calibrate --write} left when it last set the default (suite,
 *     its SHA-256, date, stratsim version), or null
 */
public record KnobDef(
    String name, double defaultValue, double min, double max, String unit, String why,
    String atMost, String below, Fit fit, String calibrated) {

  /**
   * The bounds a calibration searches within: the knob's {@code fit_min}..{@code fit_max}, which
   * default to its {@code min}..{@code max}.
   */
  public record Fit(double min, double max) {}

  public KnobDef(String name, double defaultValue, double min, double max, String unit, String why,
      String atMost, String below) {
    this(name, defaultValue, min, max, unit, why, atMost, below, null, null);
  }

  public KnobDef(String name, double defaultValue, double min, double max, String unit, String why) {
    this(name, defaultValue, min, max, unit, why, null, null);
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /** Whether {@code rules/assumptions.yaml} marks it {@code calibrate: true}. */
  public boolean calibratable() {
    return fit != null;
  }

  /**
   * Why this knob's value does not fit with the other knob it is tied to, or empty when it fits.
   */
  public Optional<String> conflict(double value, java.util.Map<String, Double> values) {
    if (atMost != null && values.containsKey(atMost) && value > values.get(atMost)) {
      return Optional.of(name + " (" + num(value) + ") must not exceed " + atMost + " ("
          + num(values.get(atMost)) + ")");
    }
    if (below != null && values.containsKey(below) && value >= values.get(below)) {
      return Optional.of(name + " (" + num(value) + ") must stay below " + below + " ("
          + num(values.get(below)) + ")");
    }
    return Optional.empty();
  }

  private static String num(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

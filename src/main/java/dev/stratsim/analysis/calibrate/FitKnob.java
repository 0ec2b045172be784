package dev.stratsim.analysis.calibrate;

import dev.stratsim.model.KnobDef;
import dev.stratsim.numbers.Decimals;

/**
 * A knob the calibration searches, within {@code low}..{@code high}. The search works on the unit
 * cube, every knob scaled to 0..1 over its bounds, so that one step size suits knobs in years,
 * shares and points alike.
 *
 * @param start the value the search starts from: the knob's default, moved into the bounds
 */
public record FitKnob(KnobDef def, double low, double high, double start) {

  public String name() {
    return def.name();
  }

  double toUnit(double value) {
    return (value - low) / (high - low);
  }

  double fromUnit(double x) {
    return low + Math.max(0, Math.min(1, x)) * (high - low);
  }

  /**
   * Rounds a fitted value to a thousandth of the bounds' width at most, in decimal places, so that
   * a written default reads as a number a person would write.
   */
  double round(double value) {
    int places = Math.max(0, (int) Math.ceil(-Math.log10((high - low) / 1000)));
    double rounded = Decimals.round(value, places).doubleValue();
    return Math.max(low, Math.min(high, rounded));
  }
}

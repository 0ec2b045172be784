package dev.stratsim.analysis.calibrate;

import dev.stratsim.numbers.Decimals;
import java.util.Map;

/**
 * {@code calibrate --assumptions-out FILE}: the uncertainty the fit leaves, as an assumptions
 * overlay that {@code simulate}, {@code sensitivity}, {@code report} and the other what-if
 * commands read with {@code --assumptions FILE}. A knob the suite leaves uncertain gets its
 * distribution (see {@link Results#distribution}); one the fit pins, its fitted value.
 */
public final class OverlayFile {
  private OverlayFile() {}

  /** The overlay's text; the command writes it through the shared output files. */
  public static String text(CalibrationResult r, String date) {
    StringBuilder out = new StringBuilder();
    out.append("# The knobs stratsim calibrate fitted to ").append(r.suite()).append(" (suite sha256 ")
        .append(r.suiteSha256()).append("),\n# with the values that fit it nearly as well as a distribution")
        .append(" (docs/calibration.md). Written on ").append(date).append(" by stratsim ").append(r.stratsim())
        .append(".\n# Lay it over any scenario: stratsim simulate SCENARIO --samples 2000 --assumptions ")
        .append("THIS_FILE\nassumptions:\n");
    for (CalibrationResult.Knob k : r.knobs()) {
      out.append("  ").append(k.name()).append(": { value: ").append(value(k)).append(", source: \"calibrate: ")
          .append(k.distribution() == null ? "fitted; the suite pins it" : "values that fit nearly as well, mode at"
              + " the fit").append(" (").append(r.suite()).append(", seed ").append(r.seed()).append(")\" }\n");
    }
    return out.toString();
  }

  private static String value(CalibrationResult.Knob k) {
    Map<String, Object> dist = k.distribution();
    if (dist == null) {
      return Decimals.exact(k.fitted());
    }
    StringBuilder text = new StringBuilder("{ ");
    dist.forEach((key, v) -> text.append(text.length() > 2 ? ", " : "").append(key).append(": ")
        .append(v instanceof Number n ? Decimals.exact(n.doubleValue()) : v));
    return text.append(" }").toString();
  }
}

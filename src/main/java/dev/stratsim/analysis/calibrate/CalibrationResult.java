package dev.stratsim.analysis.calibrate;

import java.util.List;
import java.util.Map;

/**
 * What {@code stratsim calibrate} found, as its JSON output holds it and {@code report
 * --calibration} reads it back. Numbers are rounded for reading; the same inputs and seed give the
 * same result whatever the thread count.
 *
 * @param calibrationVersion the version of this layout
 * @param suite the suite's paths as given
 * @param suiteSha256 of the suite's scenarios (see {@link Suite#sha256()})
 * @param before the checks with the knobs as they were
 * @param fitted the checks with the fitted knobs, on the whole suite (in sample)
 * @param crossValidated each file's checks with the knobs fitted on the other files (out of
 *     sample); null without cross-validation, partial when stopped
 * @param folds how many of the files were left out and refitted
 * @param evaluations suite evaluations the searches and the profiles ran (each of a fold's runs
 *     leaves a file out)
 * @param stopped whether Ctrl-C ended the calibration early (what is here is the best so far)
 * @param notes what a reader should know: knobs at a bound, checks lost, scenarios that set a
 *     fitted knob themselves
 */
public record CalibrationResult(int calibrationVersion, String stratsim, String suite, String suiteSha256,
    String rulesSha256, long seed, int budget, Figures before, Figures fitted, Figures crossValidated,
    int folds, List<Knob> knobs, List<CaseFit> cases, int evaluations, boolean stopped, List<String> notes) {

  public static final int VERSION = 1;

  public CalibrationResult {
    // Read back from a file, a missing list is empty: the version check then says what is wrong.
    knobs = knobs == null ? List.of() : List.copyOf(knobs);
    cases = cases == null ? List.of() : List.copyOf(cases);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /**
   * Checks held and the score, in all and by kind.
   *
   * @param score the mean credit of the checks' margins, at most 1 (see {@link Score})
   */
  public record Figures(int held, int total, double score, int expectHeld, int expectTotal, int followedHeld,
      int followedTotal) {
    public double share() {
      return total == 0 ? 1 : (double) held / total;
    }
  }

  /**
   * One knob's fit.
   *
   * @param start the value before the fit
   * @param low the lower bound searched
   * @param high the upper bound searched
   * @param atBound "low" or "high" when the fit ended within a hundredth of the bounds of one,
   *     else null: the suite would have it go further
   * @param drop the credit lost, in checks, at a tenth of the bounds away (identifiability; 0 is flat), or
   *     null when stopped before it was measured
   * @param nearlyLow the lowest value that fits nearly as well, the other knobs as fitted
   * @param nearlyHigh the highest
   * @param flat whether every value within the bounds fits nearly as well: the suite cannot tell
   * @param foldLow the lowest value the cross-validation's refits gave it, or null
   * @param foldHigh the highest, or null
   * @param distribution the remaining uncertainty as a scenario distribution ({@code dist: ...}),
   *     or null when the fit pins the knob
   */
  public record Knob(String name, String unit, double start, double fitted, double low, double high, String atBound,
      Double drop, double nearlyLow, double nearlyHigh, boolean flat, Double foldLow, Double foldHigh,
      Map<String, Object> distribution) {}

  /**
   * One scenario file: its checks before, fitted and out of sample.
   *
   * @param foldValues the knobs fitted without this file, or null
   */
  public record CaseFit(String file, String scenario, int checks, int heldBefore, int heldFitted,
      Integer heldOutOfSample, Map<String, Double> foldValues, List<CheckFit> results) {}

  /**
   * One check: whether it holds and its margin (a share of its metric's range, see docs/calibration.md)
   * before, fitted and out of sample.
   */
  public record CheckFit(String kind, String check, int line, int column, boolean before, boolean fitted,
      Boolean outOfSample, double marginBefore, double marginFitted, Double marginOutOfSample, String detail) {}
}

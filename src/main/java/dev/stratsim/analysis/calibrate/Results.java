package dev.stratsim.analysis.calibrate;

import dev.stratsim.engine.Build;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a calibration's points together into its result: every check before, fitted and out of sample. */
final class Results {
  /** How close to a bound, as a share of the bounds, counts as having reached it. */
  static final double AT_BOUND = 0.01;

  private final SuiteRun run;
  private final List<FitKnob> knobs;

  Results(SuiteRun run, List<FitKnob> knobs) {
    this.run = run;
    this.knobs = knobs;
  }

  CalibrationResult assemble(Calibration.Settings settings, String rulesSha256, double[] start, double[] fitted,
      List<Profile> profiles, List<double[]> folds, int evaluations, boolean stopped) {
    Suite suite = run.suite();
    List<String> notes = new ArrayList<>();
    List<CalibrationResult.CaseFit> cases = new ArrayList<>();
    List<CheckResult> before = new ArrayList<>();
    List<CheckResult> after = new ArrayList<>();
    List<CheckResult> outside = new ArrayList<>();
    for (int i = 0; i < suite.cases().size(); i++) {
      List<CheckResult> was = run.results(start.clone(), i);
      List<CheckResult> is = run.results(fitted.clone(), i);
      // Each fold's values rounded as the fit's are, so that what is shown is what was scored.
      double[] fold = i < folds.size() ? rounded(folds.get(i)) : null;
      List<CheckResult> out = fold == null ? null : run.results(fold.clone(), i);
      before.addAll(was);
      after.addAll(is);
      if (out != null) {
        outside.addAll(out);
      }
      List<CalibrationResult.CheckFit> checks = new ArrayList<>();
      for (int c = 0; c < was.size(); c++) {
        Check check = was.get(c).check();
        checks.add(new CalibrationResult.CheckFit(check.kind(), check.entry().text(), check.entry().line(),
            check.entry().column(), was.get(c).held(), is.get(c).held(), out == null ? null : out.get(c).held(),
            Calibration.shown(was.get(c).margin()), Calibration.shown(is.get(c).margin()),
            out == null ? null : Calibration.shown(out.get(c).margin()), is.get(c).detail()));
        if (check.kind().equals(Check.EXPECT) && was.get(c).held() && !is.get(c).held()) {
          notes.add(check.location() + ": expect: " + check.entry().text() + " holds as the knobs were but not as fitted;"
              + " check would fail");
        }
      }
      Suite.Case c = suite.cases().get(i);
      cases.add(new CalibrationResult.CaseFit(c.file().toString(), c.id(), was.size(), held(was), held(is),
          out == null ? null : held(out), fold == null ? null : Calibration.byName(knobs, fold),
          checks));
      knobs.stream().filter(k -> c.scenario().assumptions().containsKey(k.name())).forEach(k -> notes.add(c.file()
          + " sets " + k.name() + " itself, so the fit does not move it there"));
    }
    List<CalibrationResult.Knob> knobResults = new ArrayList<>();
    for (int k = 0; k < knobs.size(); k++) {
      knobResults.add(knob(k, start, fitted, profiles == null ? null : profiles.get(k), folds, notes));
    }
    CalibrationResult.Figures crossValidated = folds.isEmpty() ? null : figures(outside);
    CalibrationResult.Figures beforeFigures = figures(before);
    if (crossValidated != null && folds.size() == suite.cases().size()) {
      double beforeShare = (double) beforeFigures.held() / beforeFigures.total();
      if (crossValidated.share() < beforeShare) {
        notes.add("out of sample the fitted knobs hold less than the knobs as they were ("
            + crossValidated.held() + " against " + beforeFigures.held() + " of " + beforeFigures.total()
            + "): the fit does not carry over to deals it has not seen; do not --write it");
      }
    }
    if (stopped) {
      notes.add("stopped by Ctrl-C: the fit is the best point found so far"
          + (settings.crossValidate() ? ", cross-validated on " + folds.size() + " of " + suite.cases().size()
              + " files" : ""));
    }
    return new CalibrationResult(CalibrationResult.VERSION, Build.version(), suite.describe(), suite.sha256(),
        rulesSha256, settings.seed(), settings.budget(), beforeFigures, figures(after), crossValidated, folds.size(),
        knobResults, cases, evaluations, stopped, notes);
  }

  private CalibrationResult.Knob knob(int k, double[] start, double[] fitted, Profile profile, List<double[]> folds,
      List<String> notes) {
    FitKnob knob = knobs.get(k);
    double width = knob.high() - knob.low();
    String atBound = fitted[k] <= knob.low() + AT_BOUND * width ? "low"
        : fitted[k] >= knob.high() - AT_BOUND * width ? "high" : null;
    boolean flat = profile != null && profile.flat(knob);
    if (atBound != null && !flat) {
      notes.add(knob.name() + " ended at its " + (atBound.equals("low") ? "lower" : "upper") + " bound ("
          + Calibration.shown(atBound.equals("low") ? knob.low() : knob.high()) + "): the suite would take it further;"
          + " widen its fit bounds if such values are credible");
    }
    Double foldLow = null;
    Double foldHigh = null;
    for (double[] fold : folds) {
      foldLow = foldLow == null ? fold[k] : Math.min(foldLow, fold[k]);
      foldHigh = foldHigh == null ? fold[k] : Math.max(foldHigh, fold[k]);
    }
    double low = profile == null ? fitted[k] : profile.low();
    double high = profile == null ? fitted[k] : profile.high();
    return new CalibrationResult.Knob(knob.name(), knob.def().unit(), Calibration.shown(start[k]),
        Calibration.shown(fitted[k]), knob.low(), knob.high(), atBound,
        profile == null ? null : (Double) Calibration.shown(profile.drop()), Calibration.shown(knob.round(low)),
        Calibration.shown(knob.round(high)), flat,
        foldLow == null ? null : Calibration.shown(knob.round(foldLow)),
        foldHigh == null ? null : Calibration.shown(knob.round(foldHigh)),
        distribution(knob, fitted[k], profile));
  }

  /**
   * The values that fit nearly as well as a scenario distribution: uniform over the bounds when the
   * suite cannot tell them apart, else triangular from the lowest to the highest with its mode at
   * the fit; none when the fit pins the knob to a value.
   */
  static Map<String, Object> distribution(FitKnob knob, double fitted, Profile profile) {
    if (profile == null) {
      return null;
    }
    double low = knob.round(profile.low());
    double high = knob.round(profile.high());
    if (!(low < high)) {
      return null;
    }
    Map<String, Object> dist = new LinkedHashMap<>();
    if (profile.flat(knob)) {
      dist.put("dist", "uniform");
      dist.put("min", low);
      dist.put("max", high);
    } else {
      dist.put("dist", "triangular");
      dist.put("min", low);
      dist.put("mode", Math.max(low, Math.min(high, fitted)));
      dist.put("max", high);
    }
    return dist;
  }

  private double[] rounded(double[] values) {
    double[] rounded = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      rounded[k] = knobs.get(k).round(values[k]);
    }
    return rounded;
  }

  private static int held(List<CheckResult> results) {
    return (int) results.stream().filter(CheckResult::held).count();
  }

  private static CalibrationResult.Figures figures(List<CheckResult> results) {
    int held = 0;
    int expectHeld = 0;
    int expectTotal = 0;
    double sum = 0;
    for (CheckResult r : results) {
      held += r.held() ? 1 : 0;
      sum += Score.credit(r.margin());
      if (r.check().kind().equals(Check.EXPECT)) {
        expectTotal++;
        expectHeld += r.held() ? 1 : 0;
      }
    }
    return new CalibrationResult.Figures(held, results.size(), Calibration.shown(results.isEmpty() ? 0 : sum / results.size()),
        expectHeld, expectTotal, held - expectHeld, results.size() - expectTotal);
  }
}

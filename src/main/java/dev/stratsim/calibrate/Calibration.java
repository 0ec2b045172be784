package dev.stratsim.calibrate;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stratsim calibrate}: fits the knobs to the whole suite, measures what the suite says
 * about each (its profile), and fits again with each file left out to score that file out of
 * sample (leave-one-out cross-validation, a file being the unit).
 */
public final class Calibration {
  private final RuleSet rules;

  /**
   * @param budget the optimiser's requests per fit
   * @param crossValidate whether to refit with each file left out
   * @param threads worker threads; the result does not depend on it
   */
  public record Settings(long seed, int budget, boolean crossValidate, int threads) {}

  public Calibration(RuleSet rules) {
    this.rules = rules;
  }

  /** How many suite evaluations a calibration makes at most, for a progress bar. */
  public static long expectedEvaluations(Suite suite, List<FitKnob> knobs, Settings settings) {
    long fits = 1 + (settings.crossValidate() ? suite.cases().size() : 0);
    return fits * settings.budget() + (long) knobs.size() * (Profile.GRID + 3 + 2 * Profile.BISECTIONS) + 1;
  }

  public CalibrationResult run(Suite suite, List<FitKnob> knobs, Settings settings, Progress progress,
      StopSignal stop) {
    SuiteRun run = new SuiteRun(new Simulator(rules), rules.vocabulary(), suite, knobs);
    Workers workers = new Workers(settings.threads(), progress, stop);
    double[] start = knobs.stream().mapToDouble(FitKnob::start).toArray();
    run.named(start);
    int[] all = run.all();

    Search.Result fit = new Search(run, all, workers, start).fit(settings.seed(), settings.budget());
    double[] fitted = rounded(knobs, fit.best().values());
    run.named(fitted);
    Score fittedScore = run.score(fitted.clone(), all);
    boolean stopped = fit.stopped();

    List<Profile> profiles = stopped ? null : Profile.of(run, all, fitted, fittedScore, workers);
    stopped |= profiles == null;

    List<double[]> folds = new ArrayList<>();
    if (settings.crossValidate() && !stopped) {
      for (int left = 0; left < suite.cases().size(); left++) {
        Search.Result fold = new Search(run, run.without(left), workers, start)
            .fit(settings.seed(), settings.budget());
        if (fold.stopped()) {
          stopped = true;
          break;
        }
        folds.add(fold.best().values());
      }
    }
    return new Results(run, knobs).assemble(settings, rules.sha256(), start, fitted, profiles, folds,
        (int) workers.done(), stopped);
  }

  /** The fitted values rounded to what a person would write (see {@link FitKnob#round}). */
  private static double[] rounded(List<FitKnob> knobs, double[] values) {
    double[] rounded = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      rounded[k] = knobs.get(k).round(values[k]);
    }
    return rounded;
  }

  /** A number rounded to six significant digits for the report: enough to tell points apart. */
  static double shown(double value) {
    return Double.isFinite(value) ? new BigDecimal(value).round(new MathContext(6)).doubleValue() : value;
  }

  static Map<String, Double> byName(List<FitKnob> knobs, double[] values) {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int k = 0; k < knobs.size(); k++) {
      named.put(knobs.get(k).name(), shown(values[k]));
    }
    return named;
  }
}

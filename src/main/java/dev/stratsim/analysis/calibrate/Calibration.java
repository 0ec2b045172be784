package dev.stratsim.analysis.calibrate;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.numbers.Decimals;
import java.util.ArrayList;
import java.util.Arrays;
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
    return run(suite, knobs, settings, progress, stop, null, null, List.of());
  }

  /**
   * As {@link #run(Suite, List, Settings, Progress, StopSignal)}, the cross-validation's folds
   * (all fits but the first, the bulk of the work) evaluated on {@code engine}, one fold a row;
   * the fit on the whole suite and the profiles run here. The result does not depend on it.
   *
   * @param engine null to run the folds here too
   * @param carried what another JVM needs to fit a fold: the rules and the suite's files
   * @param knobSpecs the {@code --knobs} arguments, which another JVM resolves again
   */
  public CalibrationResult run(Suite suite, List<FitKnob> knobs, Settings settings, Progress progress,
      StopSignal stop, Engine engine, Carried carried, List<String> knobSpecs) {
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
    long evaluations = 0;
    if (settings.crossValidate() && !stopped && engine == null) {
      for (int left = 0; left < suite.cases().size(); left++) {
        double[] fold = fold(run, start, settings, left, workers);
        if (fold[STOPPED] != 0) {
          stopped = true;
          break;
        }
        folds.add(Arrays.copyOfRange(fold, VALUES, fold.length));
      }
    } else if (settings.crossValidate() && !stopped) {
      double[][] rows = new double[suite.cases().size()][];
      Batch.Outcome outcome = engine.run(rows.length, new FoldRows(carried, knobSpecs, settings,
          left -> fold(run, start, settings, (int) left, new Workers(1, Progress.NONE, stop))),
          (left, row) -> rows[(int) left] = row, Progress.NONE, stop);
      for (int left = 0; left < outcome.done(); left++) {
        evaluations += (long) rows[left][EVALUATIONS];
        folds.add(Arrays.copyOfRange(rows[left], VALUES, rows[left].length));
      }
      stopped = outcome.stopped();
    }
    return new Results(run, knobs).assemble(settings, rules.sha256(), start, fitted, profiles, folds,
        (int) (workers.done() + evaluations), stopped);
  }

  /** Where a fold's row holds its evaluations, whether it was stopped, and its fitted values. */
  static final int EVALUATIONS = 0;
  static final int STOPPED = 1;
  static final int VALUES = 2;

  /**
   * The fit without case {@code left}, what every engine runs for that fold: its evaluations, 1
   * if it was stopped, then the best knob values found.
   */
  static double[] fold(SuiteRun run, double[] start, Settings settings, int left, Workers workers) {
    long before = workers.done();
    Search.Result fold = new Search(run, run.without(left), workers, start).fit(settings.seed(), settings.budget());
    double[] values = fold.best().values();
    double[] row = new double[VALUES + values.length];
    row[EVALUATIONS] = workers.done() - before;
    row[STOPPED] = fold.stopped() ? 1 : 0;
    System.arraycopy(values, 0, row, VALUES, values.length);
    return row;
  }

  /** The fitted values rounded to what a person would write (see {@link FitKnob#round}). */
  private static double[] rounded(List<FitKnob> knobs, double[] values) {
    double[] rounded = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      rounded[k] = knobs.get(k).round(values[k]);
    }
    return rounded;
  }

  /**
   * A number rounded to six significant digits for the report, enough to tell points apart: half
   * to even on its shortest decimal form, as {@link Decimals} rounds every output.
   */
  static double shown(double value) {
    return Double.isFinite(value) ? Decimals.significant(value, 6).doubleValue() : value;
  }

  static Map<String, Double> byName(List<FitKnob> knobs, double[] values) {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int k = 0; k < knobs.size(); k++) {
      named.put(knobs.get(k).name(), shown(values[k]));
    }
    return named;
  }
}

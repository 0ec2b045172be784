package dev.stratsim.analysis.calibrate;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.CarriedRows;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The cross-validation's folds as rows: row {@code i} is the fit without case {@code i} (see
 * {@link Calibration#fold}). Another JVM fits a fold on one thread: a task is one core's work.
 */
final class FoldRows extends CarriedRows {
  private static final long serialVersionUID = 1L;

  private final List<String> knobSpecs;
  private final long seed;
  private final int budget;

  FoldRows(Carried carried, List<String> knobSpecs, Calibration.Settings settings, LongFunction<double[]> here) {
    super(carried, here);
    this.knobSpecs = List.copyOf(knobSpecs);
    this.seed = settings.seed();
    this.budget = settings.budget();
  }

  @Override
  protected LongFunction<double[]> rebuild(Carried.Loaded loaded) {
    RuleSet rules = loaded.simulator().rules();
    List<FitKnob> knobs = KnobSelection.resolve(rules, knobSpecs);
    Suite suite = Suite.load(rules, loaded.files(), loaded.files());
    SuiteRun run = new SuiteRun(loaded.simulator(), rules.vocabulary(), suite, knobs);
    double[] start = knobs.stream().mapToDouble(FitKnob::start).toArray();
    run.named(start);
    Calibration.Settings settings = new Calibration.Settings(seed, budget, true, 1);
    return left -> Calibration.fold(run, start, settings, (int) left, new Workers(1, Progress.NONE,
        StopSignal.manual()));
  }
}

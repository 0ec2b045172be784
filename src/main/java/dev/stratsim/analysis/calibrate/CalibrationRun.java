package dev.stratsim.analysis.calibrate;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.ScenarioFiles;
import dev.stratsim.scenario.Scenarios;
import dev.stratsim.files.OutputFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The {@code calibrate} workflow in one call: the rules and the suite loaded, the knobs fitted
 * ({@link Calibration}), the report written, then the files the fit writes back (the assumptions
 * overlay, the fitted defaults in the rules' assumptions.yaml). The command checks its options
 * first and maps the result to an exit code.
 *
 * @param suite the suite's scenario files or folders
 * @param knobs the --knobs asked for (none: every knob marked calibrate: true)
 * @param assumptionsOut where the overlay the fit leaves goes, or null
 * @param force whether {@code assumptionsOut} may replace a file stratsim did not write
 * @param write whether the fitted defaults go into the rules' assumptions.yaml
 * @param spark opens the Spark engine on so many threads, or null to fit on local threads
 */
public record CalibrationRun(Path rules, List<Path> suite, List<String> knobs, Calibration.Settings settings,
    Path assumptionsOut, boolean force, boolean write, IntFunction<Engine> spark) {

  /**
   * Where the run speaks. The writing is the command's; it is called here because an interrupted
   * fit must write what it found while Ctrl-C still waits for it.
   */
  public interface Output {
    /** The progress of a fit of {@code total} suite evaluations. */
    Progress progress(long total);

    /** The report, before any file is written back. */
    void write(CalibrationResult result);

    /** A line on stderr: what was written back, or why not. */
    void note(String line);
  }

  /** The result, and how long the fit and its writing took. */
  public record Timed(CalibrationResult result, double seconds) {}

  public Timed run(Output output) {
    // Remembered before the rules are read, so that --write can tell whether someone edited it since.
    AssumptionsFile assumptions = write ? AssumptionsFile.at(rules) : null;
    RuleSet ruleSet = RuleSet.load(rules);
    List<FitKnob> fit = KnobSelection.resolve(ruleSet, knobs);
    List<Path> files = ScenarioFiles.find(suite);
    Suite loaded = Suite.load(ruleSet, suite, files);
    Carried carried = spark != null ? Carried.of(ruleSet, Scenarios.templates(ruleSet.vocabulary(), files, List.of()),
        Simulator.DEFAULT_YEAR_TIMEOUT) : null;
    long started = System.nanoTime();
    CalibrationResult result;
    try (StopSignal stop = StopSignal.onInterrupt()) {
      try (Progress progress = output.progress(Calibration.expectedEvaluations(loaded, fit, settings))) {
        result = new Calibration(ruleSet).run(loaded, fit, settings, progress, stop,
            spark != null ? spark.apply(settings.threads()) : null, carried, knobs);
      }
      output.write(result);
      writeBack(result, assumptions, output);
    }
    return new Timed(result, (System.nanoTime() - started) / 1e9);
  }

  private void writeBack(CalibrationResult result, AssumptionsFile assumptions, Output output) {
    String today = LocalDate.now(Clock.systemUTC()).toString();
    if (assumptionsOut != null && !result.stopped()) {
      OutputFiles.write(assumptionsOut, force, OutputFiles.text(out -> out.print(OverlayFile.text(result, today))));
    }
    if (write) {
      if (result.stopped()) {
        output.note("stopped before the fit finished: " + assumptions.file() + " left as it was");
      } else {
        assumptions.write(fitted(result), source(result, today));
        output.note("wrote the fitted defaults into " + assumptions.file());
      }
    }
  }

  private static Map<String, Double> fitted(CalibrationResult result) {
    Map<String, Double> values = new LinkedHashMap<>();
    result.knobs().forEach(k -> values.put(k.name(), k.fitted()));
    return values;
  }

  /** The calibrated: line: what the value was fitted to and what it achieved. */
  static String source(CalibrationResult r, String date) {
    int files = r.cases().size();
    return "fitted to " + r.suite() + " (" + files + " file" + (files == 1 ? "" : "s") + ", sha256 " + r.suiteSha256()
        + ") on " + date + " by stratsim " + r.stratsim() + " (seed " + r.seed() + "): " + r.before().held() + " -> " + r.fitted().held()
        + " of " + r.fitted().total() + " checks held in sample"
        + (r.crossValidated() == null ? "" : ", " + r.crossValidated().held() + " cross-validated");
  }
}

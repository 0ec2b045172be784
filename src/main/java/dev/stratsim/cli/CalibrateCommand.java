package dev.stratsim.cli;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.TerminalProgress;
import dev.stratsim.analysis.calibrate.Calibration;
import dev.stratsim.analysis.calibrate.CalibrationRun;
import dev.stratsim.output.calibrate.CalibrationFormat;
import dev.stratsim.analysis.calibrate.CalibrationResult;
import dev.stratsim.batch.Threads;
import dev.stratsim.files.OutputFiles;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit the knobs marked calibrate: true (or --knobs) to a suite of scenarios with expect: or"
        + " followed: entries: CMA-ES on a continuous score of how far each check holds, then each file left out"
        + " in turn for the cross-validated share. Reports each knob's fit, how sharply the suite pins it and"
        + " what still fits nearly as well.")
final class CalibrateCommand implements Callable<Integer> {
  /** Enough for CMA-ES to settle on ten knobs; fourteen fits of it take minutes on two cores. */
  static final int DEFAULT_BUDGET = 600;
  static final int MIN_BUDGET = 20;

  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;
  @Mixin EngineOption engine;

  @Parameters(arity = "1..*", paramLabel = "SUITE",
      description = "Scenario files or folders whose expect: and followed: entries the knobs are fitted to,"
          + " e.g. scenarios/history.")
  List<Path> suite = new ArrayList<>();

  @Option(names = "--knobs", paramLabel = "NAME[=MIN..MAX]", split = ",",
      description = "The knobs to fit, each optionally with its bounds (default: every knob marked"
          + " calibrate: true in the rules' assumptions.yaml).")
  List<String> knobs = new ArrayList<>();

  @Mixin RulesOption rules;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the search (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--budget", paramLabel = "N",
      description = "Suite evaluations the search may ask for per fit (default: " + DEFAULT_BUDGET + ");"
          + " cross-validation fits once more per file.")
  Integer budget;

  @Option(names = "--no-cv", description = "Skip the cross-validation (one fit instead of one per file and one more).")
  boolean noCrossValidation;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: one per core); the result does not depend on it.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar and no timing on stderr.")
  boolean quiet;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}); report --calibration reads json.")
  Format format;

  @Option(names = "--assumptions-out", paramLabel = "FILE",
      description = "Write the uncertainty the fit leaves as an assumptions overlay (YAML) that simulate,"
          + " sensitivity and report take with --assumptions FILE.")
  Path assumptionsOut;

  @Option(names = "--force", description = "Overwrite an --assumptions-out file stratsim did not write.")
  boolean force;

  @Option(names = "--write",
      description = "Set the fitted knobs' defaults in the rules' assumptions.yaml, with a calibrated: line (suite,"
          + " SHA-256, date, version); refused when the file changed while the fit ran.")
  boolean write;

  @Override
  public Integer call() {
    engine.check(threads);
    int fitBudget = budget == null ? DEFAULT_BUDGET : budget;
    if (fitBudget < MIN_BUDGET) {
      throw new InvalidInputException(Problem.general("--budget " + fitBudget + " is too small for a search;"
          + " give at least " + MIN_BUDGET));
    }
    PrintWriter err = spec.commandLine().getErr();
    int workers = Threads.of(threads, note -> {
      err.println(note);
      err.flush();
    });
    if (assumptionsOut != null) {
      OutputFiles.check(assumptionsOut, force);
    }
    CalibrationRun.Timed timed = new CalibrationRun(rules.dir, suite, knobs,
        new Calibration.Settings(seed, fitBudget, !noCrossValidation, workers), assumptionsOut, force, write,
        engine.spark() ? engine::open : null).run(new CalibrationRun.Output() {
          @Override
          public Progress progress(long total) {
            return TerminalProgress.create("calibrate", total, quiet, err);
          }

          @Override
          public void write(CalibrationResult result) {
            CalibrationFormat.named(format.name()).write(result, spec.commandLine().getOut());
          }

          @Override
          public void note(String line) {
            err.println(line);
          }
        });
    CalibrationResult result = timed.result();
    if (!quiet) {
      double seconds = timed.seconds();
      err.println(String.format(Locale.ROOT, "calibrate: %d suite evaluations in %.1f s (%.1f per second) on %d thread%s",
          result.evaluations(), seconds, result.evaluations() / seconds, workers, workers == 1 ? "" : "s"));
      err.flush();
    }
    return result.stopped() ? ExitCodes.EXIT_INTERRUPTED : ExitCodes.EXIT_OK;
  }
}

package dev.stratsim.cli;

import dev.stratsim.batch.StopSignal;
import dev.stratsim.files.OutputFiles;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.suite.CheckFormat;
import dev.stratsim.suite.CheckReport;
import dev.stratsim.suite.CheckRun;
import dev.stratsim.watch.Watcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Run every scenario and check its expectations (expect_simulated ones over Monte Carlo"
        + " samples) and count how much of what followed its deals holds; optionally report rule coverage and"
        + " write JUnit XML. Exit 1 when an expectation fails, coverage is below --min-coverage or what"
        + " followed is below --min-followed, or all checks together below --min-held.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin YearTimeout yearTimeout;
  @Mixin CacheOption cache;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Scenario files or folders (default: scenarios/).")
  List<Path> paths = new ArrayList<>();

  @Mixin RulesOption rules;

  @Option(names = "--junit", paramLabel = "FILE",
      description = "Also write the results as JUnit XML (Surefire's format) to FILE.")
  Path junit;

  @Option(names = "--force", description = "Let --junit overwrite a file that stratsim did not write.")
  boolean force;

  @Option(names = "--coverage", description = "Show which rules fired in the suite and which never did.")
  boolean coverage;

  @Option(names = "--min-coverage", paramLabel = "RATIO",
      description = "Fail (exit 1) when fewer than this share of the rules fire in the suite, e.g. 0.9,"
          + " naming the rules that never fired.")
  Double minCoverage;

  @Option(names = "--min-followed", paramLabel = "RATIO",
      description = "Fail (exit 1) when fewer than this share of the suite's followed: entries hold"
          + " (default: 0.8).")
  Double minFollowed;

  @Option(names = "--min-held", paramLabel = "RATIO",
      description = "Fail (exit 1) when fewer than this share of all expect: and followed: entries hold together,"
          + " the share calibrate fits and reports.")
  Double minHeld;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--watch",
      description = "Check again whenever a scenario or rule file changes, saying which checks flipped since"
          + " the previous run; a rule that no longer compiles prints its error and the watch goes on."
          + " Ctrl-C stops.")
  boolean watch;

  @Override
  public Integer call() {
    if (!watch) {
      return check().succeeded() ? ExitCodes.EXIT_OK : ExitCodes.EXIT_EXPECTATIONS_FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    CheckReport[] previous = {null};
    try (StopSignal stop = StopSignal.onInterrupt()) {
      new Watcher(Watched.roots(rules.dir, paths.isEmpty() ? List.of(Path.of("scenarios")) : paths), Watched.SUFFIXES,
          Watcher.POLL).run(Watched.reporting(spec.commandLine().getErr(), () -> {
            CheckReport report = check();
            if (previous[0] != null && format == Format.table) {
              Flips.write(previous[0], report, out);
            }
            previous[0] = report;
          }), out, stop::stopped);
    }
    return ExitCodes.EXIT_INTERRUPTED;
  }

  /** Runs the suite once and prints its report. */
  private CheckReport check() {
    ratio("--min-coverage", minCoverage, "0.9");
    ratio("--min-followed", minFollowed, "0.8");
    ratio("--min-held", minHeld, "0.85");
    if (junit != null) {
      OutputFiles.check(junit, force);
    }
    CheckReport report = new CheckRun(rules.dir, paths, coverage, minCoverage, minFollowed, minHeld, junit, force,
        yearTimeout.duration()).run();
    CheckFormat.named(format.name()).write(report, spec.commandLine().getOut());
    return report;
  }

  private static void ratio(String option, Double value, String example) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new InvalidInputException(Problem.general(option + " must be a ratio between 0 and 1, e.g. " + example
          + ", not " + value));
    }
  }
}

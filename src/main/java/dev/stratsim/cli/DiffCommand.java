package dev.stratsim.cli;

import dev.stratsim.scenario.ScenarioFiles;
import dev.stratsim.output.diff.DiffFormat;
import dev.stratsim.analysis.diff.DiffReport;
import dev.stratsim.analysis.diff.RuleSide;
import dev.stratsim.analysis.diff.RulesDiff;
import dev.stratsim.analysis.diff.Sides;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Run the same scenarios under base rules and the current ones and report what moved:"
        + " ranks, index and pillars beyond the tolerance, rules firing differently, expectations that flip;"
        + " with --samples, also over Monte Carlo samples.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin YearTimeout yearTimeout;
  @Mixin CacheOption cache;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Base base;

  static final class Base {
    @Option(names = "--base-rules", paramLabel = "DIR", required = true,
        description = "The base rules: another rules folder.")
    Path dir;

    @Option(names = "--base-ref", paramLabel = "GITREF", required = true,
        description = "The base rules: the rules folder as of this git revision (branch, tag or commit),"
            + " read without touching the work tree.")
    String ref;
  }

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Scenario files or folders (default: scenarios/).")
  List<Path> paths = new ArrayList<>();

  @Mixin RulesOption rules;

  @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0.05",
      description = "Leave out moves up to X points on the 0-100 scale of index and pillars"
          + " (the same share of range or value for other metrics; default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--fail-on", paramLabel = "KIND",
      description = "Exit 1 when a change of this kind occurs: rank, index or any.")
  FailOn failOn;

  @Option(names = "--samples", paramLabel = "N",
      description = "Also compare scenarios with distributions over N Monte Carlo samples, the same draws under"
          + " both rules (default: central values only).")
  Integer samples;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the samples' draws, with --samples (default: 1).")
  Long seed;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, defaultValue = "table",
      description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
  Format format;

  enum FailOn { rank, index, any }

  @Override
  public Integer call() {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new InvalidInputException(Problem.general("--tolerance must be a number >= 0, e.g. 0.5, not " + tolerance));
    }
    Optional<Simulation.Settings> sampling = sampling();
    Duration timeout = yearTimeout.duration();
    List<Path> files = ScenarioFiles.find(paths);
    // The base first: a --base-ref that names no commit is found by git in milliseconds.
    RuleSide baseSide = base.dir != null ? Sides.baseFromFolder(base.dir) : Sides.baseFromGit(base.ref, rules.dir);
    RuleSide current = Sides.current(rules.dir);
    DiffReport report = RulesDiff.compare(baseSide, current, files, tolerance, sampling, timeout);
    DiffFormat.named(format.name()).write(report, spec.commandLine().getOut());
    boolean failed = failOn != null
        && report.triggers(DiffReport.FailOn.valueOf(failOn.name().toUpperCase(Locale.ROOT)));
    return failed ? ExitCodes.EXIT_EXPECTATIONS_FAILED : ExitCodes.EXIT_OK;
  }

  private Optional<Simulation.Settings> sampling() {
    if (samples == null) {
      if (seed != null) {
        throw new InvalidInputException(Problem.general("--seed needs --samples; add e.g. --samples 1000"));
      }
      return Optional.empty();
    }
    Simulation.checkSamples(samples);
    return Optional.of(new Simulation.Settings(samples, seed == null ? Simulation.DEFAULT_SEED : seed,
        Runtime.getRuntime().availableProcessors()));
  }
}

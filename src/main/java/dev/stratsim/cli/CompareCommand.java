package dev.stratsim.cli;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.output.compare.CompareFormat;
import dev.stratsim.analysis.compare.Comparison;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Scenarios side by side: each competitor's rank, index and pillars in each,"
        + " and the difference to one of them.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;
  @Mixin WhatIfOptions options;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
  List<Path> scenarios;

  @Option(names = "--against", paramLabel = "SCENARIO",
      description = "The scenario the others are compared with (default: the first).")
  Path against;

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The year to compare (default: the last year of the --against scenario).")
  Integer year;

  @Option(names = "--format", paramLabel = "FORMAT", converter = OutputConverter.class, defaultValue = "table",
      description = "table, json, markdown or csv (default: ${DEFAULT-VALUE}).")
  Output format;

  enum Output { table, json, markdown, csv }

  static final class OutputConverter extends FormatName<Output> {
    OutputConverter() {
      super(Output.class);
    }
  }

  @Override
  public Integer call() {
    List<Path> files = new ArrayList<>(scenarios);
    int baseline = 0;
    if (against != null) {
      baseline = files.stream().map(CompareCommand::normal).toList().indexOf(normal(against));
      if (baseline < 0) {
        files.add(0, against);
        baseline = 0;
      }
    }
    int threads = options.threads(spec.commandLine().getErr());
    Duration yearTimeout = options.yearTimeout.duration();
    RuleSet.warm(options.rules.dir);
    // Scenarios first: a mistake in them is reported before the rules are compiled.
    Vocabulary vocabulary = RuleSet.vocabulary(options.rules.dir);
    List<Scenario> loaded = Scenarios.loadAll(vocabulary, files, options.sets(vocabulary));
    int at = year == null ? loaded.get(baseline).period().end() : year;
    checkYear(loaded, at);
    StakeNotes.warn(spec.commandLine().getErr(), vocabulary, loaded, options.sets);
    RuleSet rules = RuleSet.load(options.rules.dir);
    Simulator simulator = new Simulator(rules, yearTimeout);
    Projection[] runs = new Projection[loaded.size()];
    new Batch(threads, Progress.NONE, StopSignal.manual())
        .run(runs.length, i -> runs[(int) i] = simulator.run(loaded.get((int) i)));
    Comparison comparison = new Comparison(Arrays.asList(runs), baseline, at,
        rules.vocabulary().pillars());
    CompareFormat.named(format.name()).write(comparison, spec.commandLine().getOut());
    return ExitCodes.EXIT_OK;
  }

  private static void checkYear(List<Scenario> loaded, int year) {
    List<Problem> problems = loaded.stream().filter(s -> !s.period().contains(year))
        .map(s -> Problem.general("--year " + year + " is outside the period "
            + s.period().start() + "-" + s.period().end() + " of " + s.file()
            + "; choose a year every scenario covers"))
        .toList();
    InvalidInputException.throwIfAny(problems);
  }

  private static Path normal(Path file) {
    return file.toAbsolutePath().normalize();
  }
}

package dev.stratsim.cli;

import dev.stratsim.output.compare.CompareFormat;
import dev.stratsim.analysis.compare.Comparison;
import dev.stratsim.analysis.compare.Comparisons;
import java.nio.file.Path;
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
    Comparison comparison = Comparisons.compare(options.whatIf(spec.commandLine().getErr(), null), scenarios,
        against, year);
    CompareFormat.named(format.name()).write(comparison, spec.commandLine().getOut());
    return ExitCodes.EXIT_OK;
  }
}

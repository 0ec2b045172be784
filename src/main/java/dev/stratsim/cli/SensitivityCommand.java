package dev.stratsim.cli;

import dev.stratsim.output.sensitivity.SensitivityFormat;
import dev.stratsim.analysis.sensitivity.Sensitivity;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = "A tornado: the metric with each uncertain input at its P10 and P90, the"
        + " others central, widest swing first; --rules-too also switches each rule off.")
final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;
  @Mixin WhatIfOptions options;
  @Mixin EngineOption engine;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML) with distributions.")
  Path scenario;

  @Option(names = "--metric", paramLabel = "EXPR",
      description = "What to follow (default: the first deal's acquirer's index in the last year).")
  String metric;

  @Option(names = "--rules-too", description = "Also show the metric with each rule switched off.")
  boolean rulesToo;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    engine.check(options.threads);
    Sensitivity result = Sensitivity.run(options.whatIf(spec.commandLine().getErr(), engine), scenario, metric,
        rulesToo);
    SensitivityFormat.write(result.tornado(), result.central(), format.name(), result.points(),
        spec.commandLine().getOut());
    return ExitCodes.EXIT_OK;
  }
}

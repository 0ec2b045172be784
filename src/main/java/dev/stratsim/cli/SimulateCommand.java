package dev.stratsim.cli;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Table;
import dev.stratsim.files.OutputFiles;
import dev.stratsim.files.OutputFolder;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.analysis.WhatIf;
import dev.stratsim.analysis.simulate.MonteCarloRun;
import dev.stratsim.analysis.simulate.Report;
import dev.stratsim.output.simulate.SamplesCsv;
import dev.stratsim.output.simulate.SimulateFormat;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.uncertainty.Sampling;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Monte Carlo: draw the scenario's distributions many times and show the spread"
        + " of each competitor's index and rank, and of each --metric.")
final class SimulateCommand implements Callable<Integer>, MonteCarloRun.Output {
  /** A URL as a path reads it, {@code hdfs:/host/x} from {@code hdfs://host/x}: a scheme, a colon, a slash. */
  private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:/.*");

  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;
  @Mixin WhatIfOptions options;
  @Mixin EngineOption engine;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML) with distributions.")
  Path scenario;

  @Option(names = "--samples", paramLabel = "N", required = true,
      description = "How many samples; with --until-stable, the most to draw.")
  int samples;

  @Option(names = "--until-stable", description = "Draw --batch-size samples at a time and stop once no reported"
      + " percentile moved by --tolerance of its spread over the last batch (at most --samples in all).")
  boolean untilStable;

  @Option(names = "--tolerance", paramLabel = "T", description = "With --until-stable: the largest move, as a share"
      + " of a metric's P5-P95 spread (or of probability, for a check), that counts as stable (default: "
      + Simulation.UntilStable.DEFAULT_TOLERANCE + ").")
  Double tolerance;

  @Option(names = "--batch-size", paramLabel = "N", description = "With --until-stable: samples per batch (default: "
      + Simulation.UntilStable.DEFAULT_BATCH + ").")
  Integer batchSize;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "Seed of the random draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--sampling", paramLabel = "METHOD", defaultValue = "random",
      description = "random (each sample drawn on its own) or lhs (Latin hypercube: each input's range cut into"
          + " --samples strata of equal probability, one draw in each); default: ${DEFAULT-VALUE}.")
  Sampling sampling;

  @Option(names = "--metric", paramLabel = "EXPR",
      description = "Also report this, e.g. 'meta.index - google.index' or, as a probability,"
          + " 'meta.rank@2029 <= 2'.")
  List<String> metrics = new ArrayList<>();

  @Option(names = "--samples-out", paramLabel = "FILE.csv|DIR",
      description = "Write each sample's inputs and metrics to a CSV file; with --engine spark, to a folder DIR of"
          + " part files written by the executors (--samples-format).")
  Path samplesOut;

  @Option(names = "--samples-format", paramLabel = "csv|parquet", converter = SamplesFormatConverter.class,
      description = "With --samples-out and --engine spark: the part files' format, csv (with a header row) or"
          + " parquet (default: csv). A local run writes one CSV file.")
  Table.Format samplesFormat;

  @Option(names = "--force", description = "Let --samples-out overwrite a file (or, with --engine spark, replace a"
      + " folder) that stratsim did not write.")
  boolean force;

  static final class SamplesFormatConverter extends FormatName<Table.Format> {
    SamplesFormatConverter() {
      super(Table.Format.class);
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  /**
   * {@code --samples-out} and {@code --samples-format} together, and what is at the path: one CSV
   * file on local threads, a folder of part files on Spark (docs/spark.md).
   */
  private void checkSamplesOut() {
    if (samplesOut == null) {
      if (samplesFormat != null) {
        throw new InvalidInputException(Problem.general("--samples-format needs --samples-out; add --samples-out DIR,"
            + " or leave --samples-format out"));
      }
      return;
    }
    if (!engine.spark()) {
      if (samplesFormat == Table.Format.parquet) {
        throw new InvalidInputException(Problem.general("--samples-format parquet needs --engine spark (a local run"
            + " writes one CSV file); add --engine spark, or leave --samples-format out"));
      }
      OutputFiles.check(samplesOut, force);
      return;
    }
    if (URL.matcher(samplesOut.toString()).matches()) {
      throw new InvalidInputException(Problem.general("--samples-out '" + UserText.quote(samplesOut.toString())
          + "' is a URL; with --engine spark it names a folder on this machine's file system (on a cluster, one"
          + " that the driver and every executor mount)"));
    }
    OutputFolder.check(samplesOut, force, List.of(scenario, options.rules.dir));
  }

  @Override
  public Integer call() {
    engine.check(options.threads);
    Simulation.checkSamples(samples);
    if (!untilStable && (tolerance != null || batchSize != null)) {
      throw new InvalidInputException(Problem.general((tolerance != null ? "--tolerance" : "--batch-size")
          + " needs --until-stable; add it, or leave the option out"));
    }
    if (tolerance != null && !(tolerance > 0 && tolerance <= 1)) {
      throw new InvalidInputException(Problem.general("--tolerance " + tolerance + " is out of range; give a share"
          + " above 0 and at most 1, e.g. 0.01"));
    }
    if (batchSize != null && (batchSize < 1 || batchSize > samples)) {
      throw new InvalidInputException(Problem.general("--batch-size " + batchSize + " is out of range; give 1 to"
          + " --samples (" + samples + ")"));
    }
    Simulation.UntilStable stable = !untilStable ? null : new Simulation.UntilStable(
        tolerance == null ? Simulation.UntilStable.DEFAULT_TOLERANCE : tolerance,
        batchSize == null ? Math.min(samples, Simulation.UntilStable.DEFAULT_BATCH) : batchSize);
    checkSamplesOut();
    WhatIf whatIf = options.whatIf(spec.commandLine().getErr(), engine);
    List<Metric> extra = metrics.stream().map(Metric::parse).toList();
    SimulationResult result = new MonteCarloRun(scenario, extra, samples, seed, sampling, stable).run(whatIf, this);
    return result.done() == 0 || result.stopped() ? ExitCodes.EXIT_INTERRUPTED : ExitCodes.EXIT_OK;
  }

  @Override
  public void check(ScenarioTemplate template, List<Metric> metrics, Carried carried) {
    if (carried != null && samplesOut != null) {
      SamplesCsv.checkPartColumns(template, metrics);
    }
  }

  @Override
  public void nothing() {
    spec.commandLine().getErr().println("stopped before any sample finished; nothing to report");
  }

  @Override
  public void write(Report report, Carried carried, Engine chosen) {
    if (samplesOut != null && carried != null) {
      SamplesCsv.writeParts(samplesOut, samplesFormat == null ? Table.Format.csv : samplesFormat, report.result(),
          carried, chosen, force);
    } else if (samplesOut != null) {
      SamplesCsv.write(samplesOut, report.result(), force);
    }
    SimulateFormat.named(format.name()).write(report, spec.commandLine().getOut());
  }
}

package dev.stratsim.cli;

import dev.stratsim.batch.Metric;
import dev.stratsim.problem.UserText;
import dev.stratsim.analysis.sweep.Grid;
import dev.stratsim.analysis.WhatIf;
import dev.stratsim.analysis.sweep.SweepResult;
import java.io.PrintWriter;
import dev.stratsim.output.sweep.SweepFormat;
import dev.stratsim.analysis.sweep.Vary;
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
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Run the scenario at every combination of the --vary values and report the"
        + " metrics at each.")
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;
  @Mixin WhatIfOptions options;
  @Mixin EngineOption engine;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(names = "--vary", paramLabel = "PATH=FROM..TO:STEP|A,B", required = true,
      description = "A value to vary, e.g. deals[0].stake=0.1..0.9:0.1 or"
          + " deals[0].outcome=closed,collapsed,blocked.")
  List<String> varies;

  @Option(names = "--metric", paramLabel = "EXPR",
      description = "What to report at each point (default: each competitor's index and rank"
          + " in the last year).")
  List<String> metrics = new ArrayList<>();

  @Option(names = "--all",
      description = "In the table, every competitor's index and rank (default, without --metric: the first"
          + " deal's acquirer's only, so the table fits a terminal; csv and json always have every competitor).")
  boolean all;

  @Option(names = "--force", description = "Allow more than 1,000,000 grid points (up to 10,000,000).")
  boolean force;

  @Option(names = "--format", paramLabel = "FORMAT", converter = OutputConverter.class, defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Output format;

  enum Output { table, json, csv }

  static final class OutputConverter extends FormatName<Output> {
    OutputConverter() {
      super(Output.class);
    }
  }

  @Override
  public Integer call() {
    engine.check(options.threads);
    Grid grid = Grid.of(varies.stream().map(Vary::parse).toList(), force);
    List<Metric> asked = metrics.stream().map(Metric::parse).toList();
    PrintWriter err = spec.commandLine().getErr();
    WhatIf whatIf = options.whatIf(err, engine, (vocabulary, loaded) -> {
      StakeNotes.warn(err, vocabulary, loaded, options.sets);
      StakeNotes.warnVaried(err, loaded.get(0), grid.varies(), options.sets);
    });
    SweepResult result = SweepResult.run(whatIf, scenario, grid, varies, asked, all || format != Output.table,
        this::write);
    return result.sweep().stopped() ? ExitCodes.EXIT_INTERRUPTED : ExitCodes.EXIT_OK;
  }

  private void write(SweepResult result) {
    PrintWriter out = spec.commandLine().getOut();
    SweepFormat.write(result.sweep(), format.name(), out);
    if (result.onlyFor() != null) {
      out.println();
      out.println(UserText.escape(result.onlyFor()) + " only; --all shows every competitor's index and rank, as --format csv and json do.");
    }
  }
}

package dev.stratsim.cli;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.batch.TerminalProgress;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.analysis.simulate.Report;
import dev.stratsim.analysis.sweep.Grid;
import dev.stratsim.analysis.sweep.Sweep;
import dev.stratsim.output.sweep.SweepFormat;
import dev.stratsim.analysis.sweep.Vary;
import java.nio.file.Path;
import java.time.Duration;
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
    int threads = options.threads(spec.commandLine().getErr());
    Duration yearTimeout = options.yearTimeout.duration();
    RuleSet.warm(options.rules.dir);
    // Scenarios first: a mistake in them is reported before the rules are compiled.
    Vocabulary vocabulary = RuleSet.vocabulary(options.rules.dir);
    ScenarioTemplate template = new ScenarioLoader(vocabulary).template(scenario, options.sets(vocabulary));
    Sweep.check(template, grid);
    StakeNotes.warn(spec.commandLine().getErr(), vocabulary, List.of(template.central()), options.sets);
    StakeNotes.warnVaried(spec.commandLine().getErr(), template.central(), grid.varies(), options.sets);
    RuleSet rules = RuleSet.load(options.rules.dir);
    Simulator simulator = new Simulator(rules, yearTimeout);
    Projection central = simulator.run(template.central());
    Metric.checkAll(asked, central);
    List<Metric> shown = asked.isEmpty() ? Report.metrics(followed(central), List.of()) : asked;
    grid.checkNumbers(shown.size());
    Carried carried = engine.spark() ? Carried.of(rules, template, yearTimeout) : null;
    Sweep sweep;
    try (StopSignal stop = StopSignal.onInterrupt()) {
      try (Progress progress = TerminalProgress.create("sweep", grid.size(), options.quiet,
          spec.commandLine().getErr())) {
        sweep = Sweep.run(template, grid, varies, shown, simulator, engine.open(threads), carried, progress, stop);
      }
      SweepFormat.write(sweep, format.name(), spec.commandLine().getOut());
      if (asked.isEmpty() && shown.size() < Report.metrics(Report.competitors(central), List.of()).size()) {
        String name = central.scenario().actors().get(central.scenario().deals().get(0).acquirer()).name();
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println(UserText.escape(name) + " only; --all shows every competitor's index and rank, as --format csv and json do.");
      }
    }
    return sweep.stopped() ? ExitCodes.EXIT_INTERRUPTED : ExitCodes.EXIT_OK;
  }

  /**
   * The competitors whose index and rank the sweep reports by default. Every competitor's two
   * columns made a table some 250 characters wide, which no terminal shows; the table follows the
   * first deal's acquirer, whom the what-if is usually about, unless --all is given. CSV and JSON
   * are read by programs, not people, so they keep every competitor.
   */
  private List<Actor> followed(Projection central) {
    List<Actor> competitors = Report.competitors(central);
    if (all || format != Output.table || central.scenario().deals().isEmpty()) {
      return competitors;
    }
    String acquirer = central.scenario().deals().get(0).acquirer();
    List<Actor> focus = competitors.stream().filter(a -> a.id().equals(acquirer)).toList();
    return focus.isEmpty() ? competitors : focus;
  }
}

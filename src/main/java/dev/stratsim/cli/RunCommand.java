package dev.stratsim.cli;

import dev.stratsim.analysis.run.ProjectionRun;
import dev.stratsim.analysis.run.RunResult;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.output.run.ProjectionFormat;
import dev.stratsim.output.run.RunOptions;
import dev.stratsim.output.Version;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.watch.Watcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Project each scenario year by year and show every actor's position.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML), or folders of them.")
  List<Path> scenarios;

  @Mixin RulesOption rules;
  @Mixin YearTimeout yearTimeout;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = {"Override a scenario field, e.g.", "  --set deals[0].stake=0.3",
          "  --set assumptions.supplier_switch_years=1"})
  List<String> sets = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class, defaultValue = "table",
      description = "table, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--explain", description = "List the effects behind each number, with their rule and reason.")
  boolean explain;

  @Option(names = "--nodeal",
      description = "Also show each number in the same scenario without its deals, and the deal effect.")
  boolean nodeal;

  @Option(names = "--year", paramLabel = "YEAR", description = "The year to show (default: each scenario's last).")
  Integer year;

  @Option(names = "--sample", paramLabel = "INDEX",
      description = "Run Monte Carlo sample INDEX of each scenario, as simulate with the same --seed drew it"
          + " (default: each distribution's central value).")
  Long sample;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "The seed --sample draws with (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--watch",
      description = "Run again whenever a scenario or rule file changes, saying what moved since the previous"
          + " run; a rule that no longer compiles prints its error and the watch goes on. Ctrl-C stops.")
  boolean watch;

  /** The vocabulary of the rules last run, for saying what moved. */
  private Vocabulary vocabulary;

  @Override
  public Integer call() {
    checkSample();
    if (!watch) {
      project();
      return ExitCodes.EXIT_OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<Path, Projection> previous = new HashMap<>();
    try (StopSignal stop = StopSignal.onInterrupt()) {
      new Watcher(Watched.roots(rules.dir, scenarios), Watched.SUFFIXES, Watcher.POLL)
          .run(Watched.reporting(spec.commandLine().getErr(), () -> {
            List<Projection> projections = project();
            if (format != Format.json) {
              Watched.moved(projections, previous, year, vocabulary, out);
            }
            projections.forEach(p -> previous.put(p.scenario().file(), p));
          }), out, stop::stopped);
    }
    return ExitCodes.EXIT_INTERRUPTED;
  }

  /** Runs every scenario and prints the result; returns the projections shown. */
  private List<Projection> project() {
    PrintWriter err = spec.commandLine().getErr();
    RunResult result = new ProjectionRun(rules.dir, sets, yearTimeout.duration(), year, sample, seed)
        .run(scenarios, new ProjectionRun.Notes() {
          @Override
          public void loaded(Vocabulary vocabulary, List<ScenarioTemplate> templates) {
            if (sample != null) {
              templates.forEach(t -> SampleDraws.write(t, seed, sample, err));
            }
            StakeNotes.warn(err, vocabulary, templates.stream().map(ScenarioTemplate::central).toList(), sets);
          }

          @Override
          public void warnings(List<Problem> warnings) {
            warnings.forEach(w -> err.println(ErrorHandler.line("warning: ", w.toString())));
            err.flush();
          }
        });
    vocabulary = result.vocabulary();
    RunOptions options = new RunOptions(year, explain, nodeal, result.vocabulary(), Version.current());
    ProjectionFormat.named(format.name()).write(result.projections(), options, spec.commandLine().getOut());
    return result.projections();
  }

  private void checkSample() {
    if (sample != null && sample < 0) {
      throw new InvalidInputException(Problem.general("--sample " + sample
          + " is not a sample index; samples count from 0"));
    }
  }
}

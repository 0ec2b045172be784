package dev.stratsim.cli;

import dev.stratsim.check.Expectations;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.report.ProjectionFormat;
import dev.stratsim.report.RunOptions;
import dev.stratsim.report.Version;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.Scenarios;
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

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario field, e.g. --set deals[0].stake=0.3 --set assumptions.supplier_switch_years=1")
  List<String> sets = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
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

  enum Format { table, json, markdown }

  @Override
  public Integer call() {
    checkSample();
    // Scenarios first: a mistake in them is reported before the rules are compiled.
    List<Scenario> loaded = Scenarios.templates(RuleSet.vocabulary(rules.dir), Scenarios.find(scenarios), sets)
        .stream()
        .map(t -> sample == null ? t.central() : t.sample(seed, sample))
        .toList();
    checkYear(loaded);
    RuleSet ruleSet = RuleSet.load(rules.dir);
    List<Problem> unknownRules = Expectations.unknownRules(loaded, ruleSet);
    if (!unknownRules.isEmpty()) {
      throw new InvalidInputException(unknownRules);
    }
    Simulator simulator = new Simulator(ruleSet);
    List<Projection> projections = loaded.stream().map(simulator::run).toList();
    RunOptions options = new RunOptions(year, explain, nodeal, ruleSet.vocabulary(), Version.current());
    ProjectionFormat.named(format.name()).write(projections, options, spec.commandLine().getOut());
    return ExitCodes.EXIT_OK;
  }

  private void checkSample() {
    if (sample != null && sample < 0) {
      throw new InvalidInputException(Problem.general("--sample " + sample
          + " is not a sample index; samples count from 0"));
    }
  }

  private void checkYear(List<Scenario> loaded) {
    if (year == null) {
      return;
    }
    List<Problem> problems = loaded.stream()
        .filter(s -> !s.period().contains(year))
        .map(s -> Problem.general("--year " + year + " is outside the period " + s.period().start() + "-"
            + s.period().end() + " of " + s.file() + "; choose a year in that period"))
        .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}

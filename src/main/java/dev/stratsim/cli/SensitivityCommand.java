package dev.stratsim.cli;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Metric;
import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.output.sensitivity.SensitivityFormat;
import dev.stratsim.analysis.sensitivity.Tornado;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    int threads = options.threads(spec.commandLine().getErr());
    Duration yearTimeout = options.yearTimeout.duration();
    RuleSet.warm(options.rules.dir);
    // Scenarios first: a mistake in them is reported before the rules are compiled.
    Vocabulary vocabulary = RuleSet.vocabulary(options.rules.dir);
    ScenarioTemplate template = new ScenarioLoader(vocabulary).template(scenario, options.sets(vocabulary));
    Scenario central = template.central();
    if (template.inputs().isEmpty() && !rulesToo) {
      throw new InvalidInputException(Problem.inFile(scenario, "has no distributions, so there"
          + " is nothing to vary; write uncertain values as {dist: ...} or add --rules-too"));
    }
    Metric followed = Metric.parse(metric != null ? metric : acquirerIndex(central));
    StakeNotes.warn(spec.commandLine().getErr(), vocabulary, List.of(central), options.sets);
    RuleSet rules = RuleSet.load(options.rules.dir);
    Simulator simulator = new Simulator(rules, yearTimeout);
    Metric.checkAll(List.of(followed), simulator.run(central));
    List<RuleInfo> tried = rulesToo ? rules.rules() : List.of();
    Carried carried = engine.spark() ? Carried.of(rules, template, yearTimeout) : null;
    Tornado tornado = Tornado.of(template, followed, simulator, tried, engine.open(threads), carried);
    boolean points = followed.metricName().map(m -> vocabulary.unitOf(m) == dev.stratsim.model.Unit.POINTS
        && !m.equals("rank")).orElse(false);
    SensitivityFormat.write(tornado, central, format.name(), points, spec.commandLine().getOut());
    return ExitCodes.EXIT_OK;
  }

  private String acquirerIndex(Scenario central) {
    if (central.deals().isEmpty()) {
      throw new InvalidInputException(Problem.inFile(scenario, "has no deal, so there is no"
          + " acquirer to follow; name what to follow with --metric, e.g. --metric meta.index"));
    }
    return central.deals().get(0).acquirer() + ".index";
  }
}

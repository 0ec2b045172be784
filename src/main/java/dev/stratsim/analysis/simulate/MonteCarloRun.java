package dev.stratsim.analysis.simulate;

import dev.stratsim.analysis.WhatIf;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Build;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.uncertainty.Sampling;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code simulate} workflow in one call: the scenario loaded, its central run checking the
 * metrics, then the samples on the engine, summed up in a {@link Report}.
 *
 * @param scenario the scenario file, with distributions
 * @param extra the --metric expressions, reported after every competitor's index and rank
 * @param stable with --until-stable, when to stop drawing; else null
 */
public record MonteCarloRun(Path scenario, List<Metric> extra, int samples, long seed, Sampling sampling,
    Simulation.UntilStable stable) {

  /**
   * Where the report goes. The writing is the command's; it is called here because an
   * interrupted run must write what it finished while Ctrl-C still waits for it.
   */
  public interface Output {
    /** Before any sample is drawn: refuse now what writing the samples would refuse at the end. */
    void check(ScenarioTemplate template, List<Metric> metrics, Carried carried);

    /** Stopped before any sample finished (Spark hands rows back a partition at a time). */
    void nothing();

    /** The report; {@code carried} and {@code engine} as the samples were drawn, to draw them again. */
    void write(Report report, Carried carried, Engine engine);
  }

  /** Runs it; the result says how many samples were done and whether the run was stopped. */
  public SimulationResult run(WhatIf whatIf, Output output) {
    Vocabulary vocabulary = whatIf.vocabulary();
    ScenarioTemplate template = whatIf.template(vocabulary, scenario);
    if (template.inputs().isEmpty()) {
      throw new InvalidInputException(Problem.inFile(scenario, "has no distributions, so every sample would be"
          + " the same; write uncertain values as {dist: ...} (docs/scenario-format.md#distributions), or use run"));
    }
    whatIf.notes().loaded(vocabulary, List.of(template.central()));
    RuleSet rules = whatIf.ruleSet();
    Simulator simulator = whatIf.simulator(rules);
    Projection central = simulator.run(template.central());
    Metric.checkAll(extra, central);
    List<Actor> competitors = Report.competitors(central);
    List<Metric> metrics = Report.metrics(competitors, extra);
    Carried carried = whatIf.carried(rules, template);
    output.check(template, metrics, carried);
    Engine engine = whatIf.engine();
    try (StopSignal stop = StopSignal.onInterrupt()) {
      SimulationResult result;
      try (Progress progress = whatIf.progress().open("simulate", samples)) {
        result = new Simulation(simulator).run(template, metrics,
            new Simulation.Settings(samples, seed, whatIf.threads(), sampling, stable), engine, carried, progress,
            stop);
      }
      if (result.done() == 0) {
        output.nothing();
      } else {
        output.write(new Report(result, competitors, Report.arenas(central), extra, rules.sha256(),
            Build.version()), carried, engine);
      }
      return result;
    }
  }
}

package dev.stratsim.analysis;

import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Progress;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.AssumptionsOverlay;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What every what-if workflow (simulate, sweep, sensitivity, compare) is given before it runs,
 * and the steps they all take in the same order: the rules folder's vocabulary, the scenarios
 * (so a mistake in them is reported before the rules are compiled), the notes on them, then the
 * compiled rules. The commands only parse options into it; the analyses run the workflow.
 *
 * @param rules the rules folder
 * @param sets the {@code --set} overrides, laid after the {@code assumptions} overlay (or null)
 * @param yearTimeout how long one simulated year may take
 * @param threads worker threads, already capped
 * @param engines opens the engine that evaluates rows, on {@code threads} (local or Spark)
 * @param spark whether that engine runs in other JVMs, so the rules and template travel as {@link Carried}
 * @param notes told of the scenarios once loaded, before the rules are compiled (warnings)
 * @param progress the progress a long run shows (a bar on a terminal, else none)
 */
public record WhatIf(Path rules, List<String> sets, Path assumptions, Duration yearTimeout, int threads,
    IntFunction<Engine> engines, boolean spark, Notes notes, Bars progress) {

  /** What a command says of the loaded scenarios (a stake overridden, ...) before anything runs. */
  @FunctionalInterface
  public interface Notes {
    void loaded(Vocabulary vocabulary, List<Scenario> scenarios);
  }

  /** The progress of a run of {@code total} steps, named after its command. */
  @FunctionalInterface
  public interface Bars {
    Progress open(String command, long total);
  }

  /** The rules folder's vocabulary; starts compiling the rules in the background meanwhile. */
  public Vocabulary vocabulary() {
    RuleSet.warm(rules);
    return RuleSet.vocabulary(rules);
  }

  /** The overlay's knobs, then the --set overrides, for a scenario loader. */
  public List<String> sets(Vocabulary vocabulary) {
    return AssumptionsOverlay.before(assumptions, vocabulary, sets);
  }

  /** One scenario file as a template, its ranges unresolved. */
  public ScenarioTemplate template(Vocabulary vocabulary, Path scenario) {
    return new ScenarioLoader(vocabulary).template(scenario, sets(vocabulary));
  }

  /** The compiled rules (from the cache when they were compiled before). */
  public RuleSet ruleSet() {
    return RuleSet.load(rules);
  }

  public Simulator simulator(RuleSet ruleSet) {
    return new Simulator(ruleSet, yearTimeout);
  }

  /** The rules and template as they travel to Spark's executors, or null on local threads. */
  public Carried carried(RuleSet ruleSet, ScenarioTemplate template) {
    return spark ? Carried.of(ruleSet, template, yearTimeout) : null;
  }

  public Engine engine() {
    return engines.apply(threads);
  }
}

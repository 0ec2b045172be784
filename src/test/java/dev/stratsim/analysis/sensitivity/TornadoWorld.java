package dev.stratsim.analysis.sensitivity;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;

/**
 * The tornado's test world: a rule set where acme's data grows by a + 2b + c, and a scenario
 * whose a, b and c vary, so the tornado's and the spider's numbers can be worked out by hand.
 */
record TornadoWorld(RuleSet rules, ScenarioTemplate template) {
  private static final Path DIR = Path.of("src/test/resources/tornado");
  /** What both charts follow. */
  static final Metric DATA = Metric.parse("acme.data");

  static TornadoWorld load() {
    RuleSet rules = RuleSet.load(DIR.resolve("rules"));
    return new TornadoWorld(rules, new ScenarioLoader(rules.vocabulary()).template(DIR.resolve("world.yaml"), List.of()));
  }

  Simulator simulator() {
    return new Simulator(rules);
  }

  /** Two threads, no progress shown, never stopped. */
  static Batch batch() {
    return new Batch(2, Progress.NONE, StopSignal.manual());
  }
}

package dev.stratsim.engine;

import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's own rules folder, compiled once for the whole test run: building a knowledge
 * base takes seconds, so tests share it.
 */
public final class StockRules {
  private static RuleSet rules;

  private StockRules() {}

  public static synchronized RuleSet get() {
    if (rules == null) {
      rules = RuleSet.load(Path.of("rules"));
    }
    return rules;
  }

  public static Scenario load(Path file, List<String> overrides) {
    return new ScenarioLoader(get().vocabulary()).load(file, overrides);
  }

  public static Projection run(Path file, List<String> overrides) {
    return new Simulator(get()).run(load(file, overrides));
  }
}

package dev.stratsim.engine;

import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.scenario.Scenario;

/**
 * The same scenario without its deals, run by the simulator that ran the projection (so on the
 * same rules, with the same rules switched off), the first time something asks for it and then
 * kept. What {@code effect(...)}, {@code nodeal(...)} and {@code run --nodeal} compare with; a
 * projection nobody asks about never runs it, which keeps Monte Carlo samples at one run each.
 * Thread-safe.
 */
public final class Counterfactual {
  private final Simulator simulator;
  private final Scenario scenario;
  private Projection projection;

  Counterfactual(Simulator simulator, Scenario scenario) {
    this.simulator = simulator;
    this.scenario = scenario;
  }

  synchronized Projection get() {
    if (projection == null) {
      try {
        projection = simulator.run(scenario.withoutDeals());
      } catch (RuleFailureException e) {
        // The scenario itself ran; say that this failure comes from the run without its deals.
        throw new RuleFailureException("without its deals (for effect, nodeal or --nodeal): " + e.getMessage(),
            e.getCause());
      }
    }
    return projection;
  }

  @Override
  public String toString() {
    return scenario.id() + " without its deals" + (projection == null ? " (not run)" : "");
  }
}

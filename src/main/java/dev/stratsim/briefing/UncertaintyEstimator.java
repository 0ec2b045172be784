package dev.stratsim.briefing;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.scenario.Scenario;

/**
 * Where the Monte Carlo engine plugs into reports: samples a scenario with distributions and
 * summarises the focus actor's index, rank and tornado in its last year.
 */
interface UncertaintyEstimator {
  Uncertainty estimate(RuleSet rules, Scenario scenario, String actor, int samples, long seed);
}

package dev.stratsim.briefing.model;

import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.ScenarioTemplate;

/**
 * Where the Monte Carlo engine plugs into reports: samples a scenario with distributions and
 * summarises the focus actor's index, rank and tornado in its last year. {@link MonteCarlo} is
 * the engine of {@code simulate} and {@code sensitivity}; tests may plug in fixed numbers.
 */
interface UncertaintyEstimator {
  Uncertainty estimate(Simulator simulator, ScenarioTemplate template, String actor, int samples, long seed);
}

package dev.stratsim.scenario;

import java.util.List;

/**
 * A scenario's {@code expect_simulated:} entry: checks over Monte Carlo samples of the scenario,
 * such as {@code P(meta.rank@2029 <= 2) >= 0.6}. The checks are kept as written, with their
 * location; the statistical functions they call belong to the Monte Carlo engine.
 *
 * @param samples how many samples to draw; 0 when the scenario has no such entry
 * @param seed the random seed, so a check gives the same answer on every run
 */
public record SimulatedExpectations(int samples, int seed, List<Expectation> checks) {
  public static final SimulatedExpectations NONE = new SimulatedExpectations(0, 0, List.of());

  public SimulatedExpectations {
    checks = List.copyOf(checks);
  }

  public boolean isEmpty() {
    return checks.isEmpty();
  }
}

package dev.stratsim.analysis.simulate;

import dev.stratsim.batch.Metric;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A finished (or stopped) Monte Carlo run.
 *
 * @param done the samples run, all of 0..done-1; fewer than asked when the run was stopped or,
 *     with {@code --until-stable}, became stable
 * @param summaries one per metric, in the order asked
 * @param convergence how an {@code --until-stable} run ended, else null
 */
public record SimulationResult(
    ScenarioTemplate template, Simulation.Settings settings, int done, boolean stopped,
    List<Summary> summaries, Simulation.Convergence convergence) {

  public Summary summary(Metric metric) {
    return summaries.stream().filter(s -> s.metric().equals(metric)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no metric " + metric));
  }

  /** The year metrics without {@code @year} read: the scenario's last. */
  public int year() {
    return template.central().period().end();
  }
}

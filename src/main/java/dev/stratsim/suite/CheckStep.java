package dev.stratsim.suite;

import dev.stratsim.engine.Projection;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.List;

/**
 * One kind of check run on every scenario of a suite. The suite runs each step in turn, so a new
 * kind of check is one more step.
 */
interface CheckStep {
  /**
   * The results of this step's checks on one scenario.
   *
   * @param template the scenario with its distributions, for steps that draw samples
   * @param projection the run of the scenario with every distribution at its central value
   */
  List<CaseResult> check(ScenarioTemplate template, Projection projection);
}

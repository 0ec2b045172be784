package dev.stratsim.ci;

import dev.stratsim.engine.Projection;
import java.util.List;

/**
 * One kind of check run on every scenario of a suite. The suite runs each step in turn, so a new
 * kind of check (the statistical {@code expect_simulated:} ones, say) is one more step.
 */
interface CheckStep {
  /** The results of this step's checks on one scenario, given its deterministic run. */
  List<CaseResult> check(Projection projection);
}

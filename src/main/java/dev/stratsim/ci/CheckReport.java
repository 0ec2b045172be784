package dev.stratsim.ci;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What {@code check} found: every scenario's checks and the suite's rule coverage.
 *
 * @param showCoverage whether the user asked to see coverage ({@code --coverage})
 * @param minCoverage the share of rules that must fire ({@code --min-coverage}), if any
 * @param version stratsim's version, stamped into machine-readable reports
 */
public record CheckReport(List<ScenarioResult> scenarios, Coverage coverage, boolean showCoverage,
    OptionalDouble minCoverage, String version) {

  public CheckReport {
    scenarios = List.copyOf(scenarios);
  }

  public long count(CaseResult.Status status) {
    return scenarios.stream().mapToLong(s -> s.count(status)).sum();
  }

  public boolean coverageBelowMinimum() {
    return minCoverage.isPresent() && !coverage.meets(minCoverage.getAsDouble());
  }

  /** Every expectation holds and coverage reaches its minimum. */
  public boolean succeeded() {
    return count(CaseResult.Status.FAILED) == 0 && !coverageBelowMinimum();
  }

  /** {@code 23 passed, 1 failed}. */
  public String summary() {
    return count(CaseResult.Status.PASSED) + " passed, " + count(CaseResult.Status.FAILED) + " failed";
  }
}

package dev.stratsim.suite;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What {@code check} found: every scenario's checks, the suite's rule coverage and how much of
 * what followed its historical deals held.
 *
 * @param showCoverage whether the user asked to see coverage ({@code --coverage})
 * @param minCoverage the share of rules that must fire ({@code --min-coverage}), if any
 * @param followed the {@code followed:} entries of the whole suite, counted
 * @param version stratsim's version, stamped into machine-readable reports
 * @param held every {@code expect:} and {@code followed:} entry, counted, against {@code --min-held}
 */
public record CheckReport(List<ScenarioResult> scenarios, Coverage coverage, boolean showCoverage,
    OptionalDouble minCoverage, FollowedShare followed, String version, HeldShare held) {

  public CheckReport {
    scenarios = List.copyOf(scenarios);
  }

  public CheckReport(List<ScenarioResult> scenarios, Coverage coverage, boolean showCoverage,
      OptionalDouble minCoverage, FollowedShare followed, String version) {
    this(scenarios, coverage, showCoverage, minCoverage, followed, version,
        HeldShare.of(scenarios, OptionalDouble.empty()));
  }

  public long count(CaseResult.Status status) {
    return scenarios.stream().mapToLong(s -> s.count(status)).sum();
  }

  public boolean coverageBelowMinimum() {
    return minCoverage.isPresent() && !coverage.meets(minCoverage.getAsDouble());
  }

  /**
   * Every expectation holds, coverage reaches its minimum, and enough of what followed and of all
   * checks together holds.
   */
  public boolean succeeded() {
    return count(CaseResult.Status.FAILED) == 0 && !coverageBelowMinimum() && followed.meets() && held.meets();
  }

  /** The {@code followed:} entries that did not hold, in suite order. */
  public List<FollowedResult> notFollowed() {
    return scenarios.stream().flatMap(s -> s.followed().stream()).filter(f -> !f.held()).toList();
  }

  /** {@code 23 passed, 1 failed}. */
  public String summary() {
    return count(CaseResult.Status.PASSED) + " passed, " + count(CaseResult.Status.FAILED) + " failed";
  }
}

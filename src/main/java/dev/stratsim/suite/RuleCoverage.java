package dev.stratsim.suite;

import dev.stratsim.engine.RuleInfo;

/** A rule and in how many of the suite's scenarios it fired at least once. */
public record RuleCoverage(RuleInfo rule, int scenarios) {
  public boolean fired() {
    return scenarios > 0;
  }
}

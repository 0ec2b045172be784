package dev.stratsim.engine;

import org.kie.api.runtime.rule.RuleContext;

/** A qualitative event a rule reports: a review opens, a deal takes effect, customers leave. */
public record Signal(int year, String actor, String message, String rule) {

  public static Signal by(RuleContext rule, int year, String actor, String message) {
    return new Signal(year, actor, message, rule.getRule().getName());
  }
}

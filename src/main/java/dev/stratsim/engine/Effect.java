package dev.stratsim.engine;

import org.kie.api.runtime.rule.RuleContext;

/** A change one rule makes to one actor's metric in one year, with the rule's reason. */
public record Effect(
    int year, String actor, String metric, double delta, String rule, String reason) {

  /** Called from a rule's consequence: the rule's own name is recorded with the effect. */
  public static Effect by(
      RuleContext rule, int year, String actor, String metric, double delta, String reason) {
    return new Effect(year, actor, metric, delta, rule.getRule().getName(), reason);
  }
}

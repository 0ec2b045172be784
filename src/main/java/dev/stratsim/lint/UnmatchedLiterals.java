package dev.stratsim.lint;

import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.MetricDef;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules whose conditions require an actor with a role, or a metric, that none of the scenarios
 * has, or a metric the rules folder does not declare: such a rule never fires there.
 */
final class UnmatchedLiterals {
  private UnmatchedLiterals() {}

  static List<Problem> find(RuleSet rules, List<Scenario> scenarios) {
    Set<String> roles = new TreeSet<>();
    Set<String> metrics = new TreeSet<>();
    for (Scenario scenario : scenarios) {
      for (Actor actor : scenario.actors().values()) {
        roles.add(actor.role());
        metrics.addAll(actor.metrics().keySet());
      }
    }
    // Derived metrics are the rules' own output: whether one exists is not up to a scenario.
    rules.vocabulary().metrics().values().stream().filter(MetricDef::derived).forEach(m -> metrics.add(m.name()));
    String checked = scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s") + " checked";
    List<Problem> found = new ArrayList<>();
    for (RuleInfo rule : rules.rules()) {
      for (DrlConditions.Literal literal : DrlConditions.required(rules.ruleText(rule.name()))) {
        String why;
        if (literal.kind().equals("metric") && !rules.vocabulary().metrics().containsKey(literal.value())) {
          why = "which " + rules.dir().resolve("metrics.yaml") + " does not declare, so it can never fire; check the name";
        } else if (!(literal.kind().equals("role") ? roles : metrics).contains(literal.value())) {
          why = "which no actor has in the " + checked + ", so the rule never fires there;"
              + " check the name or add a scenario with such an actor";
        } else {
          continue;
        }
        found.add(Problem.at(rule.file(), rule.line() + literal.line(), 0, "rule \"" + rule.name() + "\" needs "
            + literal.kind() + " \"" + literal.value() + "\", " + why));
      }
    }
    return found;
  }
}

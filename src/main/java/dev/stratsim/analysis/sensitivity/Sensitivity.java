package dev.stratsim.analysis.sensitivity;

import dev.stratsim.analysis.WhatIf;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Metric;
import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code sensitivity} workflow in one call: the scenario loaded, the metric checked on its
 * central run, then the tornado.
 *
 * @param tornado each input at its P10 and P90 (and each rule off, when asked), widest swing first
 * @param central the scenario with every range at its centre
 * @param points whether the metric is in points (an index or a pillar, not a rank): shown to one
 *     decimal as every other output shows points
 */
public record Sensitivity(Tornado tornado, Scenario central, boolean points) {

  /**
   * @param metric what to follow (null: the first deal's acquirer's index in the last year)
   * @param rulesToo whether each rule is also switched off in turn
   */
  public static Sensitivity run(WhatIf whatIf, Path scenario, String metric, boolean rulesToo) {
    Vocabulary vocabulary = whatIf.vocabulary();
    ScenarioTemplate template = whatIf.template(vocabulary, scenario);
    Scenario central = template.central();
    if (template.inputs().isEmpty() && !rulesToo) {
      throw new InvalidInputException(Problem.inFile(scenario, "has no distributions, so there"
          + " is nothing to vary; write uncertain values as {dist: ...} or add --rules-too"));
    }
    Metric followed = Metric.parse(metric != null ? metric : acquirerIndex(scenario, central));
    whatIf.notes().loaded(vocabulary, List.of(central));
    RuleSet rules = whatIf.ruleSet();
    Simulator simulator = whatIf.simulator(rules);
    Metric.checkAll(List.of(followed), simulator.run(central));
    List<RuleInfo> tried = rulesToo ? rules.rules() : List.of();
    Carried carried = whatIf.carried(rules, template);
    Tornado tornado = Tornado.of(template, followed, simulator, tried, whatIf.engine(), carried);
    boolean points = followed.metricName().map(m -> vocabulary.unitOf(m) == Unit.POINTS
        && !m.equals("rank")).orElse(false);
    return new Sensitivity(tornado, central, points);
  }

  private static String acquirerIndex(Path scenario, Scenario central) {
    if (central.deals().isEmpty()) {
      throw new InvalidInputException(Problem.inFile(scenario, "has no deal, so there is no"
          + " acquirer to follow; name what to follow with --metric, e.g. --metric meta.index"));
    }
    return central.deals().get(0).acquirer() + ".index";
  }
}

package dev.stratsim.lint;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Relation;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A relation that leaves out {@code revenue_share} where it is the supplier's only such relation and
 * the others give little: it is taken to bring the rest of the supplier's revenue (all of it, for a
 * supplier with one listed customer), so the customer's leaving would take that much of the
 * supplier's value and quality with it. A blind reviewer's data supplier lost 20 quality points
 * that way; this names the relation, for a supplier whose value or quality the scenario tracks.
 */
final class SoleRevenue {
  /** The knob the rules that take quality with lost revenue read: a rules folder without it takes none. */
  static final String LOSS = "quality_loss_per_revenue_lost";
  /** The part of a supplier's revenue above which a share left to the default is worth naming. */
  private static final double MOST = 0.5;  // more than half

  private SoleRevenue() {}

  static List<Problem> find(RuleSet rules, List<Scenario> scenarios, ScenarioKeys keys) {
    if (!rules.vocabulary().knobs().containsKey(LOSS)) {
      return List.of();
    }
    List<Problem> found = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      List<Relation> relations = scenario.relations();
      for (int i = 0; i < relations.size(); i++) {
        Relation r = relations.get(i);
        String path = "relations[" + i + "]";
        var supplier = scenario.actors().get(r.supplier());
        if (supplier == null || r.revenueShare() <= MOST || !keys.writes(scenario, path + ".customer")
            || keys.writes(scenario, path + ".revenue_share")
            || !(supplier.metrics().containsKey("valuation_usd") || supplier.metrics().containsKey("quality"))) {
          continue;
        }
        String message = path + ": " + r.customer() + " gives no revenue_share, so it is taken to bring "
            + Math.round(r.revenueShare() * 100) + "% of " + r.supplier() + "'s revenue, and its leaving would take"
            + " that part of " + r.supplier() + "'s value and quality with it; give revenue_share with the part it"
            + " brings";
        found.add(keys.at(scenario, message, path + ".customer"));
      }
    }
    return found;
  }
}

package dev.stratsim.lint;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Text;
import dev.stratsim.model.KnobDef;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parties to a deal that moves money whom the scenario gives no capital spending: the rules
 * measure what a deal's money does against an actor's yearly compute budget, and an actor with
 * pillars but no {@code capex_usd} gets the reference budget ({@code reference_compute_budget_usd},
 * about a large lab's), against which a start-up's deal looks negligible and a giant's huge. Three
 * blind reviewers wrote such scenarios without knowing it; this says so where the actor is written,
 * unless the scenario sets the reference budget itself.
 */
final class ReferenceBudgets {
  static final String SPENDING = "capex_usd";
  static final String REFERENCE = "reference_compute_budget_usd";
  /** A pillar every actor ranked on pillars has; only such actors get the reference budget. */
  private static final String PILLAR = "hardware";

  private ReferenceBudgets() {}

  static List<Problem> find(RuleSet rules, List<Scenario> scenarios, ScenarioKeys keys) {
    KnobDef reference = rules.vocabulary().knobs().get(REFERENCE);
    if (reference == null || !rules.vocabulary().metrics().containsKey(SPENDING)) {
      return List.of();  // a rules folder without the fallback has nothing to warn about
    }
    List<Problem> found = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Set<String> unsized = new LinkedHashSet<>();
      for (Deal deal : scenario.deals()) {
        if (deal.outcome().equals("collapsed")) {
          continue;  // talks that came to nothing move no money
        }
        if (deal.amountUsd() > 0 || deal.supplyUsd() > 0) {
          unsized.add(deal.acquirer());
        }
        if (deal.investmentUsd() > 0 || deal.computeUsd() > 0 || deal.supplyUsd() > 0) {
          unsized.add(deal.target());
        }
      }
      unsized.removeIf(id -> !lacksSpending(scenario.actors().get(id)));
      // a scenario that sets the reference budget itself has chosen it for such actors
      if (unsized.isEmpty() || scenario.assumptions().containsKey(REFERENCE)) {
        continue;
      }
      double budget = reference.defaultValue();
      for (String id : unsized) {
        String message = "actor '" + id + "' is a party to a deal that moves money but has no " + SPENDING
            + ", so the rules measure the deal against the reference budget of " + Text.usd(budget)
            + " a year (" + REFERENCE + "); give its capital spending as " + SPENDING + ", or set " + REFERENCE
            + " under assumptions: if that budget is meant";
        found.add(keys.at(scenario, message, "actors." + id));
      }
    }
    return found;
  }

  private static boolean lacksSpending(Actor actor) {
    return actor != null && actor.metrics().containsKey(PILLAR) && actor.metrics().getOrDefault(SPENDING, 0.0) <= 0;
  }
}

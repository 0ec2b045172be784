package dev.stratsim.lint;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Licences between two actors the scenario lists as no customer and supplier: the rules lift the
 * licensee toward what the licensor sells, but move the licensee's work to the licensor, and away
 * again when the licence ends, only along a relation the scenario writes, so such a licence moves
 * no work and costs the licensor nothing when it ends. A blind reviewer wrote one without knowing
 * it; this says so at the deal, unless the licence comes with the licensor's researchers (a
 * licence-and-hire, which moves no work anyway) or the talks collapsed.
 */
final class UnlistedLicences {
  /** The knob the rules that move a licensee's work read: a rules folder without it moves none. */
  static final String WORK = "licence_work_share";

  private UnlistedLicences() {}

  static List<Problem> find(RuleSet rules, List<Scenario> scenarios, ScenarioKeys keys) {
    if (!rules.vocabulary().knobs().containsKey(WORK)) {
      return List.of();
    }
    List<Problem> found = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      for (int i = 0; i < scenario.deals().size(); i++) {
        Deal deal = scenario.deals().get(i);
        if (!licensed(deal) || deal.outcome().equals("collapsed") || deal.moves("researchers")
            || scenario.relations().stream().anyMatch(r -> r.customer().equals(deal.acquirer())
                && r.supplier().equals(deal.target()))) {
          continue;
        }
        String message = "deals[" + i + "]: " + deal.acquirer() + " licenses what " + deal.target()
            + " sells, but relations list " + deal.acquirer() + " buying nothing from " + deal.target() + ", so the licence"
            + " moves none of its work there, nor back when it ends; add { customer: " + deal.acquirer()
            + ", supplier: " + deal.target() + ", share: S } with the share it had there before the licence (0 if none)";
        found.add(keys.at(scenario, message, "deals[" + i + "].licence", "deals[" + i + "].year"));
      }
    }
    return found;
  }

  /** Whether the deal carries a licence at any time: as struck, or from an amendment on. */
  private static boolean licensed(Deal deal) {
    return !deal.licence().equals("none")
        || deal.amendments().stream().anyMatch(a -> !a.terms().licence().equals("none"));
  }
}

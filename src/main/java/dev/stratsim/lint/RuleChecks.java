package dev.stratsim.lint;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks of a rule set against the scenarios it is meant for, beyond what compiling finds: knobs
 * no rule reads, rules whose conditions ask for a role or metric that no scenario has, roles
 * or deal terms a scenario uses that no rule reads, parties to a deal's money whom a scenario
 * gives no capital spending (the reference budget stands in for it), and licences between actors
 * the scenario lists as no customer and supplier (they move no work). Each
 * finding is a warning (an error with {@code lint --strict}); knobs the rules read but do not
 * declare already fail to compile.
 */
public final class RuleChecks {
  private RuleChecks() {}

  /**
   * Every finding, in file and line order. Rules are judged against {@code scenarios}; with none
   * (say, because some did not load and their roles are unknown) that check is left out.
   */
  public static List<Problem> warnings(RuleSet rules, List<Scenario> scenarios) {
    List<Problem> found = new ArrayList<>(UnreadKnobs.find(rules));
    if (!scenarios.isEmpty()) {
      ScenarioKeys keys = new ScenarioKeys();
      found.addAll(UnmatchedLiterals.find(rules, scenarios));
      found.addAll(UnreadTerms.find(rules, scenarios, keys));
      found.addAll(ReferenceBudgets.find(rules, scenarios, keys));
      found.addAll(UnlistedLicences.find(rules, scenarios, keys));
      found.addAll(SoleRevenue.find(rules, scenarios, keys));
    }
    found.sort(Comparator.comparing((Problem p) -> String.valueOf(p.file())).thenComparingInt(Problem::line));
    return found;
  }

  /**
   * Roles of the scenarios' actors the rules folder does not declare: worth a warning wherever a
   * scenario runs, since such an actor is ranked and supplied as if it were something else.
   */
  public static List<Problem> undeclaredRoles(RuleSet rules, List<Scenario> scenarios) {
    return UnreadTerms.roleProblems(rules, scenarios, new ScenarioKeys());
  }
}

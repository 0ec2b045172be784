package dev.stratsim.lint;

import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Relation;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a scenario says that no rule reads: a role the rules folder does not declare (its actor
 * competes in the fallback arena and sells nothing), and deal or relation terms set away from
 * their default that no rule's text mentions (setting them changes nothing).
 */
final class UnreadTerms {
  /** A deal term, whether a deal sets it, and the word a rule reading it must contain. */
  private record Term(String key, Predicate<Deal> set, String word) {}

  private static final List<Term> DEAL_TERMS = List.of(
      new Term("stake", d -> d.stake() > 0, "stake"),
      new Term("stock_usd", d -> d.stockUsd() > 0, "cashPaid"),
      new Term("voting", Deal::voting, "voting"),
      new Term("board_seats", d -> d.boardSeats() > 0, "boardSeats"),
      new Term("exclusivity", d -> !d.exclusivity().equals("none"), "exclusivity"),
      new Term("talent", d -> !d.talent().isEmpty(), "talent"),
      new Term("licence", d -> !d.licence().equals("none"), "licence"),
      new Term("investment_usd", d -> d.investmentUsd() > 0, "investmentUsd"),
      new Term("compute_usd", d -> d.computeUsd() > 0, "computeUsd"),
      new Term("compute_exclusivity", d -> !d.computeExclusivity().equals("none"), "computeExclusivity"),
      new Term("supply_usd", d -> d.supplyUsd() > 0, "supplyUsd"),
      new Term("distribution", Deal::distribution, "distribution"),
      new Term("review", d -> !d.review().equals("predicted"), "review"),
      new Term("unsolicited", Deal::unsolicited, "unsolicited"));

  private UnreadTerms() {}

  static List<Problem> find(RuleSet rules, List<Scenario> scenarios, ScenarioKeys keys) {
    String text = rules.rules().stream().map(RuleInfo::name).map(rules::ruleText).collect(Collectors.joining("\n"));
    List<Problem> found = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Map<String, String> unread = new LinkedHashMap<>();
      unread.putAll(undeclaredRoles(rules, scenario));
      for (int i = 0; i < scenario.deals().size(); i++) {
        Deal deal = scenario.deals().get(i);
        for (Term term : DEAL_TERMS) {
          if (term.set().test(deal) && !text.contains(term.word())) {
            unread.put("deals[" + i + "]." + term.key(), "deals[" + i + "]." + term.key() + " is set but no rule reads "
                + term.key() + ", so it changes nothing; remove it or write a rule that reads deal." + term.word());
          }
        }
      }
      for (int i = 0; i < scenario.relations().size(); i++) {
        Relation relation = scenario.relations().get(i);
        if (!relation.commitment().equals("none") && !text.contains("commitment")) {
          unread.put("relations[" + i + "].commitment", "relations[" + i + "].commitment is set but no rule reads it,"
              + " so it changes nothing; remove it or write a rule that reads it");
        }
      }
      unread.forEach((path, message) -> found.add(keys.at(scenario, message, path)));
    }
    return found;
  }

  /** Roles of a scenario's actors the rules folder does not declare under any name, by where they are set. */
  static Map<String, String> undeclaredRoles(RuleSet rules, Scenario scenario) {
    Map<String, String> unread = new LinkedHashMap<>();
    if (rules.vocabulary().roles().isEmpty()) {
      return unread;
    }
    for (Actor actor : scenario.actors().values()) {
      List<String> roles = new ArrayList<>(List.of(actor.role()));
      actor.roleChanges().forEach(change -> roles.add(change.role()));
      roles.stream().filter(role -> rules.vocabulary().role(role).isEmpty()).distinct().forEach(role ->
          unread.put("actors." + actor.id() + ".role", "role '" + role + "' of " + actor.id() + " is not declared in "
              + rules.dir().resolve("roles.yaml") + ", so the actor competes in the fallback arena and sells nothing"
              + "; use one of " + String.join(", ", rules.vocabulary().roles().keySet()) + " or declare it"));
    }
    return unread;
  }

  /** Undeclared roles as problems pointing at the scenario line that sets them. */
  static List<Problem> roleProblems(RuleSet rules, List<Scenario> scenarios, ScenarioKeys keys) {
    List<Problem> found = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      undeclaredRoles(rules, scenario).forEach((path, message) -> found.add(keys.at(scenario, message, path)));
    }
    return found;
  }
}

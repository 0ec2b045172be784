package dev.stratsim.engine;

import dev.stratsim.scenario.Scenario;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;

/**
 * A scenario run through the rules: the numbers of every year, the effects behind them, and the
 * signals the rules raised.
 *
 * @param start the scenario's own values before any rule moved them, as of the year before the
 *     first, with index and rank
 * @param firings how many times each rule fired over the whole run (the start not included)
 * @param counterfactual the same scenario without its deals, run when first asked for; use
 *     {@link #withoutDeals()}. It compares by identity, so two runs of one scenario are not equal
 */
public record Projection(
    Scenario scenario,
    String rulesSha256,
    YearResult start,
    List<YearResult> years,
    List<Effect> effects,
    List<Signal> signals,
    SortedMap<String, Integer> firings,
    Counterfactual counterfactual) {

  /**
   * The same scenario without its deals ({@code deals: []}, everything else equal), run on the
   * same rules once, when first asked for; this projection itself when the scenario has no deals.
   *
   * @throws dev.stratsim.problem.RuleFailureException if a rule fails in that run
   */
  public Projection withoutDeals() {
    return scenario.deals().isEmpty() ? this : counterfactual.get();
  }

  public YearResult year(int year) {
    return years.stream()
        .filter(y -> y.year() == year)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no year " + year + " in " + scenario.id()));
  }

  public YearResult first() {
    return years.get(0);
  }

  public YearResult last() {
    return years.get(years.size() - 1);
  }

  public boolean fired(String rule) {
    return firings.getOrDefault(rule, 0) > 0;
  }
}

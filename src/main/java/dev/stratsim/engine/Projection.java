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
 */
public record Projection(
    Scenario scenario,
    String rulesSha256,
    YearResult start,
    List<YearResult> years,
    List<Effect> effects,
    List<Signal> signals,
    SortedMap<String, Integer> firings) {

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

package dev.stratsim.expect;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run over fixed years, as a Facts the engine might write: unknown names and years are
 * reported through EvaluationException's factories.
 */
final class FakeFacts implements Facts {
  private final int first;
  private final int last;
  private final Map<String, Map<String, NavigableMap<Integer, Double>>> values = new TreeMap<>();
  private final Map<String, Double> starts = new TreeMap<>();
  private final Set<String> rules;
  private final Set<String> firedRules;
  private FakeFacts withoutDeals;

  FakeFacts(int first, int last, Set<String> rules, Set<String> firedRules) {
    this.first = first;
    this.last = last;
    this.rules = rules;
    this.firedRules = firedRules;
  }

  FakeFacts set(String actor, String metric, int year, double value) {
    values.computeIfAbsent(actor, a -> new TreeMap<>())
        .computeIfAbsent(metric, m -> new TreeMap<>()).put(year, value);
    return this;
  }

  /** The value {@code actor.metric@start} reads. */
  FakeFacts start(String actor, String metric, double value) {
    starts.put(actor + "." + metric, value);
    return this;
  }

  /** The facts effect(...) and nodeal(...) compare with. */
  FakeFacts withoutDeals(FakeFacts facts) {
    withoutDeals = facts;
    return this;
  }

  @Override
  public Facts withoutDeals() {
    return withoutDeals == null ? Facts.super.withoutDeals() : withoutDeals;
  }

  @Override
  public double start(String actor, String metric) {
    Double value = starts.get(actor + "." + metric);
    if (value == null) {
      throw EvaluationException.unknown("start value", actor + "." + metric, starts.keySet());
    }
    return value;
  }

  @Override
  public double metric(String actor, String metric, Integer year) {
    var metrics = values.get(actor);
    if (metrics == null) {
      throw EvaluationException.unknown("actor", actor, values.keySet());
    }
    NavigableMap<Integer, Double> byYear = metrics.get(metric);
    if (byYear == null) {
      throw EvaluationException.unknown("metric", metric, metrics.keySet());
    }
    int wanted = year == null ? last : year;
    if (wanted < first || wanted > last || !byYear.containsKey(wanted)) {
      throw EvaluationException.unknownYear(wanted, first, last);
    }
    return byYear.get(wanted);
  }

  @Override
  public boolean fired(String rule) {
    if (!rules.contains(rule)) {
      throw EvaluationException.unknown("rule", rule, rules);
    }
    return firedRules.contains(rule);
  }
}

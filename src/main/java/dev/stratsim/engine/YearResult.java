package dev.stratsim.engine;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Every actor's numbers at the end of one year.
 *
 * @param metrics actor to metric to value, including supply shares ({@code share:SUPPLIER})
 * @param index competitors only
 * @param rank competitors only; 1 leads
 */
public record YearResult(
    int year,
    SortedMap<String, SortedMap<String, Double>> metrics,
    SortedMap<String, Double> index,
    SortedMap<String, Integer> rank) {

  public OptionalDouble metric(String actor, String metric) {
    Map<String, Double> values = metrics.get(actor);
    if (values == null || !values.containsKey(metric)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(values.get(metric));
  }

  public boolean ranks(String actor) {
    return rank.containsKey(actor);
  }
}

package dev.stratsim.engine;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * Every actor's numbers at the end of one year.
 *
 * @param metrics actor to metric to value, including supply shares ({@code share:SUPPLIER})
 * @param index competitors only
 * @param rank competitors only; 1 leads its arena
 * @param arena competitors only: the arena each is ranked in ("" when the rules declare none)
 */
public record YearResult(
    int year,
    SortedMap<String, SortedMap<String, Double>> metrics,
    SortedMap<String, Double> index,
    SortedMap<String, Integer> rank,
    SortedMap<String, String> arena) {

  public YearResult(int year, SortedMap<String, SortedMap<String, Double>> metrics, SortedMap<String, Double> index,
      SortedMap<String, Integer> rank) {
    this(year, metrics, index, rank, arenasOf(rank));
  }

  private static SortedMap<String, String> arenasOf(SortedMap<String, Integer> rank) {
    SortedMap<String, String> arenas = new java.util.TreeMap<>();
    rank.keySet().forEach(actor -> arenas.put(actor, ""));
    return arenas;
  }

  /** The arena {@code actor} is ranked in, or "" for one that does not compete. */
  public String arenaOf(String actor) {
    return arena.getOrDefault(actor, "");
  }

  /** Whether the competitors of this year are ranked in more than one arena. */
  public boolean severalArenas() {
    return arena.values().stream().distinct().count() > 1;
  }

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

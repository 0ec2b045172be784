package dev.stratsim.analysis.simulate;

import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Projection;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code simulate} reports: each competitor's index and rank in the last year, then the
 * metrics asked for.
 *
 * @param competitors the actors ranked in the central run, in the scenario's order
 * @param arenas the arena each competitor is ranked in, in the central run
 */
public record Report(SimulationResult result, List<Actor> competitors, Map<String, String> arenas,
    List<Metric> extra, String rulesSha256, String version) {

  /** The metrics to simulate: index and rank of every competitor, then {@code extra}. */
  public static List<Metric> metrics(List<Actor> competitors, List<Metric> extra) {
    List<Metric> all = new ArrayList<>();
    competitors.forEach(a -> all.addAll(Metric.indexAndRank(a.id())));
    all.addAll(extra);
    return List.copyOf(all);
  }

  /** The actors with every pillar, which are ranked: those a central run ranks. */
  public static List<Actor> competitors(Projection central) {
    return central.scenario().actors().values().stream()
        .filter(a -> central.last().ranks(a.id())).toList();
  }

  /** The arena each competitor is ranked in, in the central run. */
  public static Map<String, String> arenas(Projection central) {
    return Collections.unmodifiableMap(new TreeMap<>(central.last().arena()));
  }

  /** Whether the competitors are ranked in more than one arena, so a reader must be told which. */
  public boolean severalArenas() {
    return arenas.values().stream().distinct().count() > 1;
  }

  /** The most competitors any one arena holds: how many places there are to rank. */
  public int places() {
    Map<String, Integer> sizes = new TreeMap<>();
    competitors.forEach(a -> sizes.merge(arenas.getOrDefault(a.id(), ""), 1, Integer::sum));
    return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  public Summary index(Actor actor) {
    return result.summaries().get(2 * competitors.indexOf(actor));
  }

  public Summary rank(Actor actor) {
    return result.summaries().get(2 * competitors.indexOf(actor) + 1);
  }

  /**
   * Competitors arena by arena (in the order the scenario first names one of their actors), by
   * mean index within each, the leader first.
   */
  public List<Actor> byMeanIndex() {
    List<String> order = competitors.stream().map(a -> arenas.getOrDefault(a.id(), "")).distinct().toList();
    return competitors.stream()
        .sorted(Comparator.comparingInt((Actor a) -> order.indexOf(arenas.getOrDefault(a.id(), "")))
            .thenComparingDouble(a -> -index(a).mean()).thenComparing(Actor::id))
        .toList();
  }

  public List<Summary> extraSummaries() {
    return result.summaries().subList(2 * competitors.size(), result.summaries().size());
  }

  public Scenario scenario() {
    return result.template().central();
  }
}

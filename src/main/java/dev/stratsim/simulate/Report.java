package dev.stratsim.simulate;

import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Projection;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code simulate} reports: each competitor's index and rank in the last year, then the
 * metrics asked for.
 *
 * @param competitors the actors ranked in the central run, in the scenario's order
 */
public record Report(SimulationResult result, List<Actor> competitors, List<Metric> extra,
    String rulesSha256, String version) {

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

  Summary index(Actor actor) {
    return result.summaries().get(2 * competitors.indexOf(actor));
  }

  Summary rank(Actor actor) {
    return result.summaries().get(2 * competitors.indexOf(actor) + 1);
  }

  /** Competitors by mean index, the leader first. */
  List<Actor> byMeanIndex() {
    return competitors.stream()
        .sorted(Comparator.comparingDouble((Actor a) -> -index(a).mean()).thenComparing(Actor::id))
        .toList();
  }

  List<Summary> extraSummaries() {
    return result.summaries().subList(2 * competitors.size(), result.summaries().size());
  }

  Scenario scenario() {
    return result.template().central();
  }
}

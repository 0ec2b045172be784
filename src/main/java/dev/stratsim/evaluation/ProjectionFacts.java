package dev.stratsim.evaluation;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Facts;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an expectation can read from a projection: any actor's metric, index or rank in any year
 * or at the start, and the same of the scenario without its deals.
 */
public record ProjectionFacts(Projection projection) implements Facts {

  @Override
  public double metric(String actor, String metric, Integer year) {
    requireActor(actor);
    return read(yearResult(year), actor, metric);
  }

  @Override
  public double start(String actor, String metric) {
    requireActor(actor);
    return read(projection.start(), actor, metric);
  }

  @Override
  public boolean fired(String rule) {
    return projection.fired(rule);
  }

  /** The projection's counterfactual, run once per projection however many checks read it. */
  @Override
  public Facts withoutDeals() {
    return new ProjectionFacts(projection.withoutDeals());
  }

  private void requireActor(String actor) {
    if (!projection.scenario().actors().containsKey(actor)) {
      throw EvaluationException.unknown("actor", actor, projection.scenario().actors().keySet());
    }
  }

  private static double read(YearResult result, String actor, String metric) {
    switch (metric) {
      case "index":
        requireRanked(result, actor, metric);
        return result.index().get(actor);
      case "rank":
        requireRanked(result, actor, metric);
        return result.rank().get(actor);
      default:
        return result.metric(actor, metric).orElseThrow(() -> {
          Set<String> known = new TreeSet<>(result.metrics().getOrDefault(actor, new TreeMap<>()).keySet());
          if (result.ranks(actor)) {
            known.add("index");
            known.add("rank");
          }
          return EvaluationException.unknown("metric of " + actor, metric, known);
        });
    }
  }

  private YearResult yearResult(Integer year) {
    if (year == null) {
      return projection.last();
    }
    int first = projection.first().year();
    int last = projection.last().year();
    if (year < first || year > last) {
      throw EvaluationException.unknownYear(year, first, last);
    }
    return projection.year(year);
  }

  private static void requireRanked(YearResult result, String actor, String metric) {
    if (!result.ranks(actor)) {
      throw new EvaluationException(actor + " has no " + metric + ": only actors with every pillar compete and are ranked");
    }
  }
}

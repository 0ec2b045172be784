package dev.stratsim.analysis.compare;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.scenario.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several scenarios' positions in one year, each set against one of them: how does each
 * competitor's position differ if the deal closes, is renegotiated, collapses or is blocked?
 *
 * @param projections the scenarios' runs; {@code against} indexes the one the others are
 *     compared with
 */
public record Comparison(List<Projection> projections, int against, int year, List<String> pillars) {

  /** A competitor's place in one scenario; the deltas are this minus the baseline's. */
  public record Position(int rank, double index, Map<String, Double> pillars) {}

  public Projection baseline() {
    return projections.get(against);
  }

  /**
   * The competitors of any scenario, arena by arena (in the order the baseline first names one of
   * their actors) and in the baseline's order of rank within each; those the baseline does not
   * rank follow in the order the scenarios name them.
   */
  public List<Actor> competitors() {
    Map<String, Actor> all = new LinkedHashMap<>();
    YearResult base = baseline().year(year);
    List<String> arenas = baseline().scenario().actors().values().stream().filter(a -> base.ranks(a.id()))
        .map(a -> base.arenaOf(a.id())).distinct().toList();
    baseline().scenario().actors().values().stream().filter(a -> base.ranks(a.id()))
        .sorted(Comparator.comparingInt((Actor a) -> arenas.indexOf(base.arenaOf(a.id())))
            .thenComparingInt(a -> base.rank().get(a.id())))
        .forEach(a -> all.put(a.id(), a));
    for (Projection p : projections) {
      p.scenario().actors().values().stream().filter(a -> p.year(year).ranks(a.id()))
          .forEach(a -> all.putIfAbsent(a.id(), a));
    }
    return new ArrayList<>(all.values());
  }

  /** The arena an actor is ranked in, in the baseline if it competes there, else in any scenario. */
  public String arena(String actor) {
    for (Projection p : projections) {
      YearResult result = p.year(year);
      if (result.ranks(actor) && (p == baseline() || !baseline().year(year).ranks(actor))) {
        return result.arenaOf(actor);
      }
    }
    return "";
  }

  /** Whether the competitors compared are ranked in more than one arena. */
  public boolean severalArenas() {
    return competitors().stream().map(a -> arena(a.id())).distinct().count() > 1;
  }

  /** The competitor's position in a scenario, or empty if it does not compete there. */
  public Optional<Position> position(Projection projection, String actor) {
    YearResult result = projection.year(year);
    if (!result.ranks(actor)) {
      return Optional.empty();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    pillars.forEach(p -> values.put(p, result.metric(actor, p).orElse(Double.NaN)));
    return Optional.of(new Position(result.rank().get(actor), result.index().get(actor), values));
  }

  /** This scenario's position minus the baseline's, or empty if either does not rank the actor. */
  public Optional<Position> delta(Projection projection, String actor) {
    Optional<Position> now = position(projection, actor);
    Optional<Position> base = position(baseline(), actor);
    if (now.isEmpty() || base.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    pillars.forEach(p -> values.put(p, now.get().pillars().get(p) - base.get().pillars().get(p)));
    return Optional.of(new Position(now.get().rank() - base.get().rank(),
        now.get().index() - base.get().index(), values));
  }
}

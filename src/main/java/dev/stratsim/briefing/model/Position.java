package dev.stratsim.briefing.model;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.scenario.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A competitor's place in a scenario's last year, next to its place in the reference in the same
 * year (null where the reference does not have the actor or the year).
 *
 * @param arena the arena it is ranked in ("" when the rules declare none)
 * @param pillars pillar to value, in the vocabulary's order
 */
public record Position(String actor, String name, String arena, int rank, Integer referenceRank, double index,
    Double referenceIndex, Map<String, Double> pillars, Map<String, Double> referencePillars) {

  static List<Position> of(Projection projection, Projection reference, List<String> pillarNames) {
    YearResult now = projection.last();
    YearResult then = reference.scenario().period().contains(now.year()) ? reference.year(now.year()) : null;
    List<Position> rows = new ArrayList<>();
    for (Actor actor : projection.scenario().actors().values()) {
      String id = actor.id();
      if (!now.ranks(id)) {
        continue;
      }
      boolean compared = then != null && then.ranks(id);
      Map<String, Double> pillars = new LinkedHashMap<>();
      Map<String, Double> referencePillars = new LinkedHashMap<>();
      for (String p : pillarNames) {
        pillars.put(p, now.metric(id, p).orElse(Double.NaN));
        if (compared) {
          referencePillars.put(p, then.metric(id, p).orElse(Double.NaN));
        }
      }
      rows.add(new Position(id, actor.name(), now.arenaOf(id), now.rank().get(id), compared ? then.rank().get(id) : null,
          now.index().get(id), compared ? then.index().get(id) : null, pillars, referencePillars));
    }
    // Arenas in the order the scenario first names one of their actors, by rank within each.
    List<String> arenas = rows.stream().map(Position::arena).distinct().toList();
    rows.sort(Comparator.comparingInt((Position r) -> arenas.indexOf(r.arena())).thenComparingInt(Position::rank));
    return List.copyOf(rows);
  }

  /** The name a table shows: with the arena when {@code positions} span several, as ranks count within one. */
  public String shownName(List<Position> positions) {
    return positions.stream().map(Position::arena).distinct().count() > 1 ? name + " (" + arena + ")" : name;
  }

  /** The actors ranked in {@code p}'s last year, in the scenario's order. */
  public static List<String> competitors(Projection p) {
    return p.scenario().actors().keySet().stream().filter(a -> p.last().ranks(a)).toList();
  }

  /** The actors ranked in {@code year}, first place first. */
  public static List<String> byRank(YearResult year) {
    return year.rank().entrySet().stream().sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).toList();
  }
}

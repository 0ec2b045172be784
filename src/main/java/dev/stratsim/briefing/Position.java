package dev.stratsim.briefing;

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
 * @param pillars pillar to value, in the vocabulary's order
 */
record Position(String actor, String name, int rank, Integer referenceRank, double index,
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
      rows.add(new Position(id, actor.name(), now.rank().get(id), compared ? then.rank().get(id) : null,
          now.index().get(id), compared ? then.index().get(id) : null, pillars, referencePillars));
    }
    rows.sort(Comparator.comparingInt(Position::rank));
    return List.copyOf(rows);
  }
}

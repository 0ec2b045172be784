package dev.stratsim.watch;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;
import dev.stratsim.scenario.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * What moved between two runs of one scenario, in the year shown: each actor's rank, index and
 * metrics whose value as shown changed, one line per actor ({@code Meta: rank 4 -> 3, index 78.6
 * -> 80.1 (+1.5)}). A change below what the table shows is no change to its reader.
 */
public final class Moved {
  private Moved() {}

  /** The lines for {@code year}; none when nothing moved or the year is in neither run. */
  public static List<String> between(Projection before, Projection now, int year, Vocabulary vocabulary) {
    if (!has(before, year) || !has(now, year)) {
      return List.of();
    }
    YearResult was = before.year(year);
    YearResult is = now.year(year);
    List<String> lines = new ArrayList<>();
    for (Actor actor : now.scenario().actors().values()) {
      String id = actor.id();
      List<String> moves = new ArrayList<>();
      Integer rankWas = was.rank().get(id);
      Integer rankIs = is.rank().get(id);
      if (rankWas != null && rankIs != null && !rankWas.equals(rankIs)) {
        moves.add("rank " + rankWas + " -> " + rankIs);
      }
      Double indexWas = was.index().get(id);
      Double indexIs = is.index().get(id);
      if (indexWas != null && indexIs != null && !Numbers.fixed1(indexWas).equals(Numbers.fixed1(indexIs))) {
        moves.add("index " + Numbers.fixed1(indexWas) + " -> " + Numbers.fixed1(indexIs) + " ("
            + Numbers.changeAsShown(indexWas, indexIs) + ")");
      }
      TreeSet<String> metrics = new TreeSet<>(vocabulary.metrics().keySet());
      metrics.retainAll(is.metrics().getOrDefault(id, new java.util.TreeMap<>()).keySet());
      for (String metric : orderedLikeTheTable(metrics, vocabulary)) {
        OptionalDouble a = was.metric(id, metric);
        OptionalDouble b = is.metric(id, metric);
        Unit unit = vocabulary.unitOf(metric);
        if (a.isPresent() && b.isPresent()
            && !Numbers.metric(unit, a.getAsDouble()).equals(Numbers.metric(unit, b.getAsDouble()))) {
          moves.add(metric + " " + Numbers.metric(unit, a.getAsDouble()) + " -> " + Numbers.metric(unit, b.getAsDouble())
              + " (" + Numbers.differenceAsShown(unit, a.getAsDouble(), b.getAsDouble()) + ")");
        }
      }
      if (!moves.isEmpty()) {
        lines.add(actor.name() + ": " + String.join(", ", moves));
      }
    }
    return lines;
  }

  /** Pillars first, in the vocabulary's order, then the other metrics by name. */
  private static List<String> orderedLikeTheTable(TreeSet<String> metrics, Vocabulary vocabulary) {
    List<String> ordered = new ArrayList<>(vocabulary.pillars().stream().filter(metrics::contains).toList());
    metrics.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
    return ordered;
  }

  private static boolean has(Projection projection, int year) {
    return projection.years().stream().anyMatch(y -> y.year() == year);
  }
}

package dev.stratsim.report;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.Actor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One year of a projection laid out for reading: competitors by rank with their pillars, then
 * the other actors with their own metrics, each with the change since the scenario's start.
 *
 * @param vocabulary the rules' metrics, whose units say how each number reads
 */
record Snapshot(Projection projection, Vocabulary vocabulary, int year, List<Row> competitors, List<Row> others) {

  /** A value in the chosen year and at the start, in the unit of its metric. */
  record Value(String metric, Unit unit, double now, double start) {
    double change() {
      return now - start;
    }
  }

  /**
   * An actor's line; {@code rank} and {@code index} are null for actors that do not compete, and
   * {@code arena} is where a competitor is ranked ("" for the others, or without arenas).
   */
  record Row(String id, String name, String arena, Integer rank, Integer startRank, String startArena, Value index,
      List<Value> values) {}

  static Snapshot of(Projection projection, int year, Vocabulary vocabulary) {
    List<String> pillars = vocabulary.pillars();
    YearResult now = projection.year(year);
    YearResult first = projection.start();
    List<Row> competitors = new ArrayList<>();
    List<Row> others = new ArrayList<>();
    for (Actor actor : projection.scenario().actors().values()) {
      String id = actor.id();
      if (now.ranks(id)) {
        List<Value> values = pillars.stream().map(p -> value(now, first, id, p, vocabulary)).toList();
        competitors.add(new Row(id, actor.name(), now.arenaOf(id), now.rank().get(id), first.rank().get(id),
            first.arenaOf(id),
            new Value("index", vocabulary.unitOf("index"), now.index().get(id), first.index().get(id)), values));
      } else {
        Map<String, Double> metrics = now.metrics().getOrDefault(id, new java.util.TreeMap<>());
        // A metric tracked per other actor (share:SUPPLIER) is a relation, not a column of its own.
        List<Value> values = metrics.keySet().stream()
            .filter(m -> m.indexOf(':') < 0)
            .map(m -> value(now, first, id, m, vocabulary))
            .toList();
        if (!values.isEmpty()) {
          others.add(new Row(id, actor.name(), "", null, null, "", null, values));
        }
      }
    }
    // Arenas in the order their first actor appears in the scenario, then by rank within each.
    List<String> arenas = competitors.stream().map(Row::arena).distinct().toList();
    competitors.sort(Comparator.comparingInt((Row r) -> arenas.indexOf(r.arena())).thenComparing(Row::rank));
    return new Snapshot(projection, vocabulary, year, List.copyOf(competitors), List.copyOf(others));
  }

  private static Value value(YearResult now, YearResult first, String actor, String metric, Vocabulary vocabulary) {
    double v = now.metric(actor, metric).orElse(Double.NaN);
    return new Value(metric, vocabulary.unitOf(metric), v, first.metric(actor, metric).orElse(v));
  }

  /** Columns for the other actors: every metric any of them has, in name order. */
  List<String> otherMetrics() {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    others.stream().flatMap(r -> r.values().stream()).map(Value::metric).sorted().forEach(m -> seen.put(m, true));
    return List.copyOf(seen.keySet());
  }

  /** Whether the competitors are ranked in more than one arena, so a reader must be told which. */
  boolean severalArenas() {
    return competitors.stream().map(Row::arena).distinct().count() > 1;
  }

  /** Competitor, Arena (when the competitors span several), Rank, Index, then the pillars. */
  List<String> competitorHeader(List<String> pillars) {
    List<String> header = new ArrayList<>(List.of("Competitor"));
    if (severalArenas()) {
      header.add("Arena");
    }
    header.addAll(List.of("Rank", "Index"));
    header.addAll(pillars);
    return header;
  }

  /** The cells that name a competitor: its name, and its arena when the competitors span several. */
  List<String> nameCells(Row row, UnaryOperator<String> escape) {
    return severalArenas() ? List.of(escape.apply(row.name()), row.arena()) : List.of(escape.apply(row.name()));
  }

  /** How the change column is introduced: "2029, change since the start of 2025". */
  String heading() {
    return year + ", change since the start of " + projection.first().year();
  }

  static String rankText(Row row) {
    boolean moved = row.startArena() != null && !row.startArena().equals(row.arena());
    if (row.startRank() == null || (row.startRank().equals(row.rank()) && !moved)) {
      return String.valueOf(row.rank());
    }
    // A rank in another arena is a place among other competitors: say which.
    return row.rank() + " (was " + row.startRank() + (moved ? " in " + row.startArena() : "") + ")";
  }
}

package dev.stratsim.output.run;

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
import java.util.function.BiFunction;
import java.util.function.Function;
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

  /** A competitor's row a line each: the cells that name it, then {@code numbers} of it. */
  List<List<String>> competitorRows(UnaryOperator<String> escape, Function<Row, List<String>> numbers) {
    return competitors.stream().map(row -> {
      List<String> cells = new ArrayList<>(nameCells(row, escape));
      cells.addAll(numbers.apply(row));
      return cells;
    }).map(List::copyOf).toList();
  }

  /** The rank, the index and each value of a competitor, each written by {@code cell}. */
  static List<String> numbers(Row row, Function<Value, String> cell) {
    List<String> cells = new ArrayList<>(List.of(rankText(row), cell.apply(row.index())));
    row.values().forEach(v -> cells.add(cell.apply(v)));
    return cells;
  }

  /** "Other actor", then the metrics the other actors have. */
  List<String> otherHeader() {
    List<String> header = new ArrayList<>(List.of("Other actor"));
    header.addAll(otherMetrics());
    return header;
  }

  /** An other actor's row a line each: its name, then {@code cell} of it and each metric. */
  List<List<String>> otherRows(UnaryOperator<String> escape, BiFunction<Row, String, String> cell) {
    List<String> metrics = otherMetrics();
    return others.stream().map(row -> {
      List<String> cells = new ArrayList<>(List.of(escape.apply(row.name())));
      metrics.forEach(metric -> cells.add(cell.apply(row, metric)));
      return cells;
    }).map(List::copyOf).toList();
  }

  /** An other actor's value of {@code metric} written by {@code cell}, or "-" when it has none. */
  static String value(Row row, String metric, Function<Value, String> cell) {
    return row.values().stream().filter(v -> v.metric().equals(metric)).findFirst().map(cell).orElse("-");
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

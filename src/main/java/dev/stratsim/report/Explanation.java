package dev.stratsim.report;

import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effects behind each number of a snapshot: for every actor and metric, its starting value,
 * the net contribution of each rule up to the chosen year, and the value it reached.
 */
record Explanation(List<Item> items) {

  /** One metric of one actor, explained. */
  record Item(String actor, String name, String metric, double start, double end, List<Line> lines,
      double clamped) {}

  /** One rule's net contribution to a metric, with the years it acted and its latest reason. */
  record Line(String rule, double delta, int firstYear, int lastYear, String reason) {
    String years() {
      return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "-" + lastYear;
    }
  }

  static Explanation of(Snapshot snapshot) {
    Projection projection = snapshot.projection();
    List<Item> items = new ArrayList<>();
    List<Snapshot.Row> rows = new ArrayList<>(snapshot.competitors());
    rows.addAll(snapshot.others());
    for (Snapshot.Row row : rows) {
      var actor = projection.scenario().actors().get(row.id());
      for (Snapshot.Value value : row.values()) {
        Double start = actor.metrics().get(value.metric());
        if (start == null) {
          continue;
        }
        items.add(item(projection, snapshot.year(), row, value.metric(), start, value.now()));
      }
    }
    return new Explanation(List.copyOf(items));
  }

  private static Item item(Projection projection, int year, Snapshot.Row row, String metric, double start,
      double end) {
    Map<String, Line> byRule = new LinkedHashMap<>();
    double total = 0;
    for (Effect e : projection.effects()) {
      if (e.year() > year || !e.actor().equals(row.id()) || !e.metric().equals(metric)) {
        continue;
      }
      total += e.delta();
      byRule.merge(e.rule(), new Line(e.rule(), e.delta(), e.year(), e.year(), e.reason()),
          (a, b) -> new Line(a.rule(), a.delta() + b.delta(), Math.min(a.firstYear(), b.firstYear()),
              Math.max(a.lastYear(), b.lastYear()), b.reason()));
    }
    List<Line> lines = byRule.values().stream()
        .sorted((a, b) -> Double.compare(Math.abs(b.delta()), Math.abs(a.delta())))
        .toList();
    return new Item(row.id(), row.name(), metric, start, end, lines, end - (start + total));
  }
}

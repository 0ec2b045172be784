package dev.stratsim.output.run;

import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effects behind each number of a snapshot: for every actor and metric, its starting value,
 * the net contribution of each rule up to the chosen year, and the value it reached.
 */
record Explanation(List<Item> items) {

  /** One metric of one actor, explained, in the metric's unit. */
  record Item(String actor, String name, String metric, Unit unit, double start, double end, List<Line> lines,
      double clamped) {}

  /**
   * One rule's net contribution to a metric, with the years it acted and the reason it gave for
   * its largest single effect.
   */
  record Line(String rule, double delta, int firstYear, int lastYear, String reason, double peak) {
    String years() {
      return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "-" + lastYear;
    }
  }

  /**
   * Every number of the snapshot's table, and every other metric of those actors that the rules
   * moved (a customer's share of a supplier, say), in table order.
   */
  static Explanation of(Snapshot snapshot) {
    Projection projection = snapshot.projection();
    List<Item> items = new ArrayList<>();
    List<Snapshot.Row> rows = new ArrayList<>(snapshot.competitors());
    rows.addAll(snapshot.others());
    for (Snapshot.Row row : rows) {
      var actor = projection.scenario().actors().get(row.id());
      List<String> shown = row.values().stream().map(Snapshot.Value::metric).toList();
      var end = projection.year(snapshot.year()).metrics().get(row.id());
      List<String> metrics = new ArrayList<>(shown);
      end.keySet().stream().filter(m -> !shown.contains(m)).forEach(metrics::add);
      for (String metric : metrics) {
        Double start = actor.metrics().get(metric);
        if (start == null) {
          start = projection.start().metric(row.id(), metric).orElse(Double.NaN);
        }
        Item item = item(projection, snapshot.year(), row, metric, snapshot.vocabulary().unitOf(metric), start,
            end.get(metric));
        if (!start.isNaN() && (shown.contains(metric) || !item.lines().isEmpty())) {
          items.add(item);
        }
      }
    }
    return new Explanation(List.copyOf(items));
  }

  private static Item item(Projection projection, int year, Snapshot.Row row, String metric, Unit unit,
      double start, double end) {
    Map<String, Line> byRule = new LinkedHashMap<>();
    double total = 0;
    for (Effect e : projection.effects()) {
      if (e.year() > year || !e.actor().equals(row.id()) || !e.metric().equals(metric)) {
        continue;
      }
      total += e.delta();
      byRule.merge(e.rule(), new Line(e.rule(), e.delta(), e.year(), e.year(), e.reason(), e.delta()),
          (a, b) -> {
            Line larger = Math.abs(b.peak()) > Math.abs(a.peak()) ? b : a;
            return new Line(a.rule(), a.delta() + b.delta(), Math.min(a.firstYear(), b.firstYear()),
                Math.max(a.lastYear(), b.lastYear()), larger.reason(), larger.peak());
          });
    }
    List<Line> lines = byRule.values().stream()
        .sorted((a, b) -> Double.compare(Math.abs(b.delta()), Math.abs(a.delta())))
        .toList();
    return new Item(row.id(), row.name(), metric, unit, start, end, lines, end - (start + total));
  }
}

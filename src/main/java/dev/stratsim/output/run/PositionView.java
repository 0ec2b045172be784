package dev.stratsim.output.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Numbers;

/**
 * The position table of one year as data for a page: the rows and cells {@code run}'s table shows,
 * each number as the table writes it and its change since the start, and for each number the
 * rules behind it as {@code run --explain} lists them.
 */
public final class PositionView {
  private PositionView() {}

  public static ObjectNode json(Projection projection, int year, Vocabulary vocabulary) {
    Snapshot snapshot = Snapshot.of(projection, year, vocabulary);
    ObjectNode view = JsonNodeFactory.instance.objectNode();
    view.put("year", year);
    view.put("heading", snapshot.heading());
    view.put("severalArenas", snapshot.severalArenas());
    ArrayNode pillars = view.putArray("pillars");
    vocabulary.pillars().forEach(pillars::add);
    ArrayNode competitors = view.putArray("competitors");
    for (Snapshot.Row row : snapshot.competitors()) {
      ObjectNode r = competitors.addObject();
      r.put("id", row.id());
      r.put("name", row.name());
      r.put("arena", row.arena());
      r.put("rank", row.rank());
      r.put("rankShown", Snapshot.rankText(row));
      r.set("index", value(row.index()));
      ArrayNode values = r.putArray("values");
      row.values().forEach(v -> values.add(value(v)));
    }
    ArrayNode others = view.putArray("others");
    ArrayNode otherMetrics = view.putArray("otherMetrics");
    snapshot.otherMetrics().forEach(otherMetrics::add);
    for (Snapshot.Row row : snapshot.others()) {
      ObjectNode r = others.addObject();
      r.put("id", row.id());
      r.put("name", row.name());
      ArrayNode values = r.putArray("values");
      row.values().forEach(v -> values.add(value(v)));
    }
    ObjectNode explain = view.putObject("explain");
    for (Explanation.Item item : Explanation.of(snapshot).items()) {
      ObjectNode e = explain.putObject(item.actor() + "." + item.metric());
      e.put("name", item.name());
      e.put("metric", item.metric());
      e.put("start", Numbers.metric(item.unit(), item.start()));
      e.put("end", Numbers.metric(item.unit(), item.end()));
      ArrayNode lines = e.putArray("lines");
      for (Explanation.Line line : item.lines()) {
        ObjectNode l = lines.addObject();
        l.put("rule", line.rule());
        l.put("delta", Numbers.metricChange(item.unit(), line.delta()));
        l.put("years", line.years());
        l.put("reason", line.reason());
      }
      if (Math.abs(item.clamped()) > 1e-9) {
        e.put("bounds", Numbers.metricChange(item.unit(), item.clamped()));
      }
    }
    return view;
  }

  private static ObjectNode value(Snapshot.Value value) {
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    v.put("metric", value.metric());
    v.put("value", Numbers.json(value.now()));
    v.put("shown", Numbers.metric(value.unit(), value.now()));
    v.put("change", Numbers.differenceAsShown(value.unit(), value.start(), value.now()));
    return v;
  }
}

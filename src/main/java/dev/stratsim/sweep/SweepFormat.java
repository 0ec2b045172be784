package dev.stratsim.sweep;

import dev.stratsim.problem.UserText;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.batch.Metric;
import dev.stratsim.report.Json;
import dev.stratsim.report.Numbers;
import dev.stratsim.report.Sheet;
import dev.stratsim.scenario.Edit;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** {@code sweep} as a table, CSV or JSON: one row per grid point, in grid order. */
public final class SweepFormat {
  private SweepFormat() {}

  public static void write(Sweep sweep, String format, PrintWriter out) {
    switch (format) {
      case "json" -> json(sweep, out);
      case "csv" -> sheet(sweep, true).csv(out);
      default -> {
        var scenario = sweep.template().central();
        out.println(scenario.id() + ": " + UserText.escape(scenario.title()));
        out.println("Sweep: " + (sweep.stopped() ? "stopped after " + sweep.done() + " of "
            + sweep.grid().size() : Integer.toString(sweep.done())) + " points; metrics in "
            + scenario.period().end() + " unless they name a year");
        out.println();
        sheet(sweep, false).table(out, "  ");
      }
    }
    out.flush();
  }

  static Sheet sheet(Sweep sweep, boolean exact) {
    List<String> header = new ArrayList<>();
    sweep.grid().varies().forEach(v -> header.add(v.path()));
    sweep.metrics().forEach(m -> header.add(m.text()));
    Sheet sheet = new Sheet(header, 0);
    for (int point = 0; point < sweep.done(); point++) {
      List<String> row = new ArrayList<>();
      sweep.grid().edits(point).forEach(e -> row.add(value(e.value())));
      for (int m = 0; m < sweep.metrics().size(); m++) {
        row.add(cell(sweep.metrics().get(m), sweep.values()[point][m], exact));
      }
      sheet.row(row);
    }
    return sheet;
  }

  private static void json(Sweep sweep, PrintWriter out) {
    Json.write(out, json -> {
      json.writeStartObject();
      json.writeStringField("scenario", sweep.template().central().id());
      json.writeStringField("scenario_sha256", sweep.template().central().sha256());
      json.writeBooleanField("stopped", sweep.stopped());
      json.writeArrayFieldStart("vary");
      for (Vary v : sweep.grid().varies()) {
        json.writeString(v.path());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("points");
      for (int point = 0; point < sweep.done(); point++) {
        json.writeStartObject();
        json.writeObjectFieldStart("at");
        for (Edit e : sweep.grid().edits(point)) {
          Json.value(json, e.path(), e.value());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("metrics");
        for (int m = 0; m < sweep.metrics().size(); m++) {
          Metric metric = sweep.metrics().get(m);
          double v = sweep.values()[point][m];
          if (metric.isCheck()) {
            json.writeBooleanField(metric.text(), v == 1);
          } else {
            Json.number(json, metric.text(), v);
          }
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static String cell(Metric metric, double value, boolean exact) {
    if (metric.isCheck()) {
      return Boolean.toString(value == 1);
    }
    if (exact) {
      return Numbers.json(value).toPlainString();
    }
    return value == Math.rint(value) && Math.abs(value) < 1e6 ? Long.toString((long) value)
        : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String value(JsonNode value) {
    return value.isNumber() ? dev.stratsim.yaml.Numbers.format(value.doubleValue()) : value.asText();
  }
}

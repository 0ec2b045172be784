package dev.stratsim.output.sweep;

import dev.stratsim.analysis.sweep.Sweep;
import dev.stratsim.analysis.sweep.Vary;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stratsim.batch.Metric;
import dev.stratsim.numbers.Decimals;
import dev.stratsim.problem.UserText;
import dev.stratsim.output.Json;
import dev.stratsim.output.Numbers;
import dev.stratsim.output.Sheet;
import dev.stratsim.scenario.Edit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code sweep} as a table, CSV or JSON: one row per grid point, in grid order. */
public final class SweepFormat {
  private SweepFormat() {}

  public static void write(Sweep sweep, String format, PrintWriter out) {
    switch (format) {
      case "json" -> json(sweep, out);
      case "csv" -> {
        Sheet.csvRow(out, header(sweep));
        for (int point = 0; point < sweep.done(); point++) {
          Sheet.csvRow(out, row(sweep, point, true));
        }
      }
      default -> {
        var scenario = sweep.template().central();
        out.println(scenario.id() + ": " + UserText.escape(scenario.title()));
        out.println("Sweep: " + (sweep.stopped() ? "stopped after " + sweep.done() + " of "
            + sweep.grid().size() : Integer.toString(sweep.done())) + " points; metrics in "
            + scenario.period().end() + " unless they name a year");
        out.println();
        table(sweep, out, "  ");
      }
    }
    out.flush();
  }

  /**
   * The rows as an aligned table, every column right-aligned, written as they are made: a first
   * pass finds the width of each column, so no more than one row is held at a time.
   */
  private static void table(Sweep sweep, PrintWriter out, String indent) {
    List<String> header = escaped(header(sweep));
    int[] widths = header.stream().mapToInt(String::length).toArray();
    for (int point = 0; point < sweep.done(); point++) {
      List<String> row = escaped(row(sweep, point, false));
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    line(out, indent, header, widths);
    for (int point = 0; point < sweep.done(); point++) {
      line(out, indent, escaped(row(sweep, point, false)), widths);
    }
  }

  private static void line(PrintWriter out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : "  ").append(" ".repeat(widths[i] - cells.get(i).length())).append(cells.get(i));
    }
    out.println(line.toString().stripTrailing());
  }

  private static List<String> escaped(List<String> cells) {
    return cells.stream().map(UserText::escape).toList();
  }

  private static List<String> header(Sweep sweep) {
    List<String> header = new ArrayList<>();
    sweep.grid().varies().forEach(v -> header.add(v.path()));
    sweep.metrics().forEach(m -> header.add(m.text()));
    return header;
  }

  private static List<String> row(Sweep sweep, int point, boolean exact) {
    List<String> row = new ArrayList<>();
    sweep.grid().edits(point).forEach(e -> row.add(Sweep.value(e.value())));
    for (int m = 0; m < sweep.metrics().size(); m++) {
      row.add(cell(sweep.metrics().get(m), sweep.value(point, m), exact));
    }
    return row;
  }

  private static void json(Sweep sweep, PrintWriter out) {
    List<Point> points = new ArrayList<>();
    for (int point = 0; point < sweep.done(); point++) {
      List<Map.Entry<String, Object>> at = new ArrayList<>();
      for (Edit e : sweep.grid().edits(point)) {
        at.add(Map.entry(e.path(), e.value()));
      }
      List<Map.Entry<String, Object>> metrics = new ArrayList<>();
      for (int m = 0; m < sweep.metrics().size(); m++) {
        Metric metric = sweep.metrics().get(m);
        double v = sweep.value(point, m);
        metrics.add(Map.entry(metric.text(), metric.isCheck() ? (Object) (v == 1) : (Object) v));
      }
      points.add(new Point(at, metrics));
    }
    Json.write(out, new Document(sweep.template().central().id(), sweep.template().central().sha256(),
        sweep.stopped(), sweep.grid().varies().stream().map(Vary::path).toList(), points));
  }

  /** {@code sweep --format json}: the records below, through {@link Json#MAPPER}. */
  @JsonInclude(Include.ALWAYS)
  record Document(String scenario, String scenarioSha256, boolean stopped, List<String> vary, List<Point> points) {}

  /**
   * The values a point sets, as written, and each metric there (true/false for a check), in the
   * order of the command line, a path or metric given twice written twice.
   */
  record Point(@JsonSerialize(using = Json.Fields.class) List<Map.Entry<String, Object>> at,
      @JsonSerialize(using = Json.Fields.class) List<Map.Entry<String, Object>> metrics) {}

  private static String cell(Metric metric, double value, boolean exact) {
    if (metric.isCheck()) {
      return Boolean.toString(value == 1);
    }
    if (exact) {
      return Numbers.json(value).toPlainString();
    }
    return value == Math.rint(value) && Math.abs(value) < 1e6 ? Long.toString((long) value)
        : Decimals.fixed(value, 2);
  }
}

package dev.stratsim.briefing.write;

import dev.stratsim.briefing.model.Attribution;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Position;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's tables as CSV for spreadsheets: every competitor's position each year, every
 * effect, and the attribution behind each waterfall. Line ends are LF so the files diff cleanly.
 */
public final class CsvReport {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  /** The files {@link #write} makes, in order. */
  public static final List<String> NAMES = List.of("positions.csv", "effects.csv", "attribution.csv");

  private CsvReport() {}

  public static Map<String, String> write(Briefing b) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(NAMES.get(0), positions(b));
    files.put(NAMES.get(1), effects(b));
    files.put(NAMES.get(2), attribution(b));
    return files;
  }

  private static String positions(Briefing b) {
    List<String> pillars = b.vocabulary().pillars();
    List<String> header = new ArrayList<>(List.of("scenario", "year", "actor", "rank", "index"));
    header.addAll(pillars);
    return csv(header, rows -> {
      for (Projection p : b.projections()) {
        List<YearResult> years = new ArrayList<>(List.of(p.start()));
        years.addAll(p.years());
        for (YearResult y : years) {
          for (String actor : Position.competitors(p)) {
            List<Object> row = new ArrayList<>(List.of(p.scenario().id(), y.year(), actor, y.rank().get(actor),
                Text.decimal(y.index().get(actor))));
            pillars.forEach(x -> row.add(Text.decimal(y.metric(actor, x).orElse(Double.NaN))));
            rows.add(row);
          }
        }
      }
    });
  }

  private static String effects(Briefing b) {
    return csv(List.of("scenario", "year", "actor", "metric", "delta", "rule", "reason"), rows -> {
      for (Briefing.Case c : b.cases()) {
        for (Effect e : c.projection().effects()) {
          rows.add(List.of(c.projection().scenario().id(), e.year(), e.actor(), e.metric(), Text.decimal(e.delta()),
              e.rule(), e.reason()));
        }
      }
    });
  }

  private static String attribution(Briefing b) {
    List<String> pillars = b.vocabulary().pillars();
    List<String> header = new ArrayList<>(List.of("scenario", "actor", "kind", "rule", "index_points"));
    pillars.forEach(p -> header.add(p + "_points"));
    return csv(header, rows -> {
      for (Briefing.Case c : b.cases()) {
        c.attribution().ifPresent(a -> {
          String id = c.projection().scenario().id();
          rows.add(row(id, a.actor(), "start", "", a.startIndex(), pillars.size()));
          for (Attribution.Contribution x : a.contributions()) {
            List<Object> row = new ArrayList<>(List.of(id, a.actor(), "rule", x.rule(), Text.decimal(x.index())));
            pillars.forEach(p -> row.add(x.points().containsKey(p) ? Text.decimal(x.points().get(p)) : ""));
            rows.add(row);
          }
          rows.add(row(id, a.actor(), "bounds", "", a.bounds(), pillars.size()));
          rows.add(row(id, a.actor(), "end", "", a.endIndex(), pillars.size()));
        });
      }
    });
  }

  private static List<Object> row(String scenario, String actor, String kind, String rule, double value, int blanks) {
    List<Object> row = new ArrayList<>(List.of(scenario, actor, kind, rule, Text.decimal(value)));
    for (int i = 0; i < blanks; i++) {
      row.add("");
    }
    return row;
  }

  private static String csv(List<String> header, java.util.function.Consumer<List<List<Object>>> fill) {
    List<List<Object>> rows = new ArrayList<>();
    fill.accept(rows);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header);
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

package dev.stratsim.output.sensitivity;

import dev.stratsim.analysis.sensitivity.Tornado;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stratsim.numbers.Decimals;
import dev.stratsim.problem.UserText;
import dev.stratsim.output.Json;
import dev.stratsim.output.Numbers;
import dev.stratsim.output.Sheet;
import dev.stratsim.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;

/** The tornado as a table, Markdown or JSON. */
public final class SensitivityFormat {
  private SensitivityFormat() {}

  /**
   * @param points whether the metric is a path to a metric in points (an index or a pillar), shown
   *     to one decimal as every other output shows it, with the swing taken from the values as
   *     shown; any other metric is shown to two decimals
   */
  public static void write(Tornado t, Scenario scenario, String format, boolean points, PrintWriter out) {
    java.util.function.DoubleFunction<String> number = points ? Numbers::fixed1 : SensitivityFormat::number;
    if (format.equals("json")) {
      json(t, scenario, out);
      return;
    }
    boolean md = format.equals("markdown");
    String title = scenario.id() + ": " + UserText.escape(scenario.title());
    out.println(md ? "## " + title : title);
    if (md) {
      out.println();
    }
    out.println("Sensitivity of " + UserText.escape(t.metric().text()) + " (" + number.apply(t.base())
        + " with every input central): each input at its P10 and P90, the others central");
    out.println();
    if (!t.bars().isEmpty()) {
      Sheet bars = new Sheet(List.of("Input", "Low value", "High value", "Metric at low", "Metric at high", "Swing"), 3);
      t.bars().forEach(b -> bars.row(List.of(b.input().path(), b.lowAt(), b.highAt(),
          number.apply(b.low()), number.apply(b.high()),
          points ? Numbers.distanceAsShown(b.low(), b.high()) : number(b.swing()))));
      print(bars, md, out);
    }
    if (!t.rules().isEmpty()) {
      String heading = "Rules switched off, one at a time (largest change first)";
      out.println(md ? "**" + heading + "**" : heading);
      if (md) {
        out.println();
      }
      Sheet rules = new Sheet(List.of("Rule", "Without it", "Change"));
      t.rules().stream().filter(r -> r.change() != 0)
          .forEach(r -> rules.row(List.of(r.rule(), number.apply(r.value()),
              points ? Numbers.changeAsShown(t.base(), r.value()) : signed(r.change()))));
      long unmoved = t.rules().stream().filter(r -> r.change() == 0).count();
      if (!rules.isEmpty()) {
        print(rules, md, out);
      }
      out.println(unmoved + " other rule" + (unmoved == 1 ? " does" : "s do")
          + " not move it.");
      out.println();
    }
    out.flush();
  }

  private static void print(Sheet sheet, boolean md, PrintWriter out) {
    if (md) {
      sheet.markdown(out);
    } else {
      sheet.table(out, "  ");
    }
    out.println();
  }

  private static void json(Tornado t, Scenario scenario, PrintWriter out) {
    Json.write(out, new Document(scenario.id(), scenario.sha256(), t.metric().text(), t.base(),
        t.bars().stream().map(b -> new Input(b.input().path(), b.input().distribution().describe(), b.lowAt(),
            b.highAt(), b.low(), b.high(), b.swing())).toList(),
        t.rules().stream().map(r -> new RuleOff(r.rule(), r.value(), r.change())).toList()));
  }

  /** {@code sensitivity --format json}: the records below, through {@link Json#MAPPER}. */
  @JsonInclude(Include.ALWAYS)
  record Document(String scenario, String scenarioSha256, String metric,
      @JsonSerialize(using = Json.Rounded.class) double base, List<Input> inputs, List<RuleOff> rules) {}

  @JsonInclude(Include.ALWAYS)
  record Input(String path, String distribution, String lowAt, String highAt,
      @JsonSerialize(using = Json.Rounded.class) double low, @JsonSerialize(using = Json.Rounded.class) double high,
      @JsonSerialize(using = Json.Rounded.class) double swing) {}

  @JsonInclude(Include.ALWAYS)
  record RuleOff(String rule, @JsonSerialize(using = Json.Rounded.class) double without,
      @JsonSerialize(using = Json.Rounded.class) double change) {}

  private static String number(double value) {
    return Decimals.fixed(value, 2);
  }

  private static String signed(double value) {
    String n = number(value);
    return value > 0 ? "+" + n : n;
  }
}

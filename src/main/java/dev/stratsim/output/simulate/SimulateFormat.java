package dev.stratsim.output.simulate;

import dev.stratsim.analysis.simulate.Report;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.analysis.simulate.Summary;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.numbers.Decimals;
import dev.stratsim.output.Numbers;
import dev.stratsim.output.Sheet;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.UncertainInput;
import dev.stratsim.uncertainty.Correlation;
import dev.stratsim.uncertainty.Sampling;
import dev.stratsim.output.Formats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How {@code simulate} writes its report; chosen with {@code --format}. */
public sealed interface SimulateFormat permits SimulateText, SimulateJson {
  double[] PERCENTILES = Simulation.PERCENTILES;

  void write(Report report, PrintWriter out);

  static SimulateFormat named(String name) {
    return Formats.named(name, () -> new SimulateText(false), SimulateJson::new, () -> new SimulateText(true));
  }

  /** Each competitor: mean and percentiles of its index, then the chance of each rank. */
  static Sheet actors(Report report) {
    int places = report.places();
    List<String> header = new ArrayList<>(List.of("Competitor", "Mean", "P5", "P25", "P50", "P75", "P95"));
    for (int r = 1; r <= places; r++) {
      header.add("Rank " + r);
    }
    Sheet sheet = new Sheet(header);
    for (Actor actor : report.byMeanIndex()) {
      Summary index = report.index(actor);
      // Ranks count within an arena: with several, each competitor says which it is ranked in.
      String name = report.severalArenas() ? actor.name() + " (" + report.arenas().get(actor.id()) + ")" : actor.name();
      List<String> row = new ArrayList<>(List.of(name, Numbers.fixed1(index.mean())));
      for (double p : index.percentiles(PERCENTILES)) {
        row.add(Numbers.fixed1(p));
      }
      var counts = report.rank(actor).counts();
      for (int r = 1; r <= places; r++) {
        row.add(percent(counts.getOrDefault((double) r, 0) / (double) index.count()));
      }
      sheet.row(row);
    }
    return sheet;
  }

  static Sheet numbers(Report report) {
    Sheet sheet = new Sheet(List.of("Metric", "Mean", "P5", "P25", "P50", "P75", "P95"));
    for (Summary s : report.extraSummaries()) {
      if (!s.metric().isCheck()) {
        List<String> row = new ArrayList<>(List.of(s.metric().text(), brief(s.mean())));
        for (double p : s.percentiles(PERCENTILES)) {
          row.add(brief(p));
        }
        sheet.row(row);
      }
    }
    return sheet;
  }

  static Sheet checks(Report report) {
    Sheet sheet = new Sheet(List.of("Check", "Probability"));
    report.extraSummaries().stream().filter(s -> s.metric().isCheck())
        .forEach(s -> sheet.row(List.of(s.metric().text(), percent(s.probability()))));
    return sheet;
  }

  static Sheet inputs(Report report) {
    Sheet sheet = new Sheet(List.of("Input", "Distribution", "Central"), 2);
    for (UncertainInput in : report.result().template().inputs()) {
      sheet.row(List.of(in.path(), in.distribution().describe(),
          text(in.distribution().central())));
    }
    return sheet;
  }

  /** Each correlated pair of inputs and its rank correlation. */
  static Sheet correlations(Report report) {
    Sheet sheet = new Sheet(List.of("Between", "And", "Rank correlation"), 2);
    var inputs = report.result().template().inputs();
    for (Correlation.Pair pair : report.result().template().correlation().pairs()) {
      sheet.row(List.of(inputs.get(pair.first()).path(), inputs.get(pair.second()).path(), brief(pair.rank())));
    }
    return sheet;
  }

  static String text(JsonNode value) {
    return value.isNumber() ? brief(value.doubleValue()) : value.asText();
  }

  static String percent(double share) {
    return Numbers.fixed1(share * 100) + "%";
  }

  /** Two decimals, or four significant digits for big numbers such as valuations. */
  static String brief(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Math.abs(value) >= 1e6) {
      return Decimals.significant(value, 4).toPlainString();
    }
    return Decimals.fixed(value, 2);
  }

  /** "10000 samples (seed 1), index and rank in 2029", or how far a stopped run got. */
  static String heading(Report report) {
    SimulationResult r = report.result();
    String samples = r.stopped()
        ? "stopped after " + r.done() + " of " + r.settings().samples() + " samples (the same as"
            + " --samples " + r.done() + ")"
        : r.done() + " samples";
    String sampling = r.settings().sampling() == Sampling.lhs ? " (Latin hypercube)" : "";
    return samples + sampling + ", seed " + r.settings().seed() + stability(r) + "; index and rank in " + r.year();
  }

  /** How an --until-stable run ended: stable after how many batches, or not within --samples. */
  static String stability(SimulationResult r) {
    Simulation.Convergence c = r.convergence();
    if (c == null || r.stopped()) {
      return "";
    }
    String batches = c.batches() + (c.batches() == 1 ? " batch" : " batches") + " of " + c.asked().batch();
    String moved = Double.isNaN(c.moved()) ? "" : ", moving at most " + share(c.moved()) + " of a spread in the last";
    String tolerance = "tolerance " + share(c.asked().tolerance());
    return c.converged()
        ? ", stable after " + batches + moved + " (" + tolerance + ")"
        : ", not stable within --samples " + r.settings().samples() + " (" + batches + moved + "; " + tolerance + ")";
  }

  /** A share such as a tolerance, to four decimals: 0.01, 0.0042. */
  private static String share(double value) {
    return dev.stratsim.yaml.Numbers.format(Decimals.round(value, 4).doubleValue());
  }
}

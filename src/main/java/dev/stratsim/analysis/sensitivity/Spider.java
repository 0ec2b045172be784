package dev.stratsim.analysis.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Simulator;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.Edit;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.scenario.UncertainInput;
import dev.stratsim.uncertainty.Choice;
import dev.stratsim.uncertainty.Numeric;
import java.util.ArrayList;
import java.util.List;

/**
 * A spider chart's numbers: the metric as each uncertain input moves across its range, from its
 * 10th to its 90th percentile, with every other input central (one line per input, the tornado's
 * two ends and the points between). Only inputs whose values are ordered have a line: numbers and
 * choices of numbers; a choice of words has no percentiles, and the tornado shows it.
 *
 * @param base the metric with every input central: each number's line passes through it at P50
 * @param lines in the order the scenario draws its inputs
 */
public record Spider(Metric metric, double base, List<Line> lines) {
  /** The percentiles each line is drawn through. */
  public static final List<Double> PERCENTILES = List.of(10.0, 25.0, 50.0, 75.0, 90.0);

  /** One input's line. */
  public record Line(UncertainInput input, List<Point> points) {
    public double swing() {
      double lo = points.stream().mapToDouble(Point::value).min().orElse(0);
      double hi = points.stream().mapToDouble(Point::value).max().orElse(0);
      return hi - lo;
    }
  }

  /**
   * The metric with the input at a percentile.
   *
   * @param at the input's value there, as the tornado labels it
   */
  public record Point(double percentile, String at, double value) {}

  public static Spider of(ScenarioTemplate template, Metric metric, Simulator simulator, Batch batch) {
    List<UncertainInput> ordered = template.inputs().stream().filter(Spider::ordered).toList();
    List<List<JsonNode>> values = ordered.stream().map(Spider::values).toList();
    // Run 0 is the all-central scenario; then each input at each percentile, but a number's P50,
    // which is its central value (a choice's central value is its likeliest, not its median).
    List<Edit> runs = new ArrayList<>();
    for (int k = 0; k < ordered.size(); k++) {
      for (int p = 0; p < PERCENTILES.size(); p++) {
        if (!central(ordered.get(k), p)) {
          runs.add(new Edit(ordered.get(k).path(), values.get(k).get(p), null));
        }
      }
    }
    double[] results = new double[runs.size() + 1];
    batch.run(results.length, i -> results[(int) i] = value(template, metric, simulator,
        i == 0 ? null : runs.get((int) i - 1)));
    List<Line> lines = new ArrayList<>();
    int next = 1;
    for (int k = 0; k < ordered.size(); k++) {
      List<Point> points = new ArrayList<>();
      for (int p = 0; p < PERCENTILES.size(); p++) {
        JsonNode at = values.get(k).get(p);
        double value = central(ordered.get(k), p) ? results[0] : results[next++];
        points.add(new Point(PERCENTILES.get(p), Tornado.label(at), value));
      }
      lines.add(new Line(ordered.get(k), List.copyOf(points)));
    }
    return new Spider(metric, results[0], List.copyOf(lines));
  }

  private static boolean central(UncertainInput input, int percentile) {
    return PERCENTILES.get(percentile) == 50.0 && input.distribution() instanceof Numeric;
  }

  private static boolean ordered(UncertainInput input) {
    return input.distribution() instanceof Numeric
        || input.distribution() instanceof Choice choice && choice.numeric();
  }

  /** The input's value at each percentile, from the quantile function its draws use. */
  private static List<JsonNode> values(UncertainInput input) {
    List<JsonNode> values = new ArrayList<>();
    for (double p : PERCENTILES) {
      values.add(input.distribution() instanceof Numeric n ? DoubleNode.valueOf(n.quantile(p / 100))
          : ((Choice) input.distribution()).quantile(p / 100));
    }
    return values;
  }

  private static double value(ScenarioTemplate template, Metric metric, Simulator simulator, Edit edit) {
    try {
      return metric.value(simulator.run(edit == null ? template.central() : template.with(List.of(edit))));
    } catch (EvaluationException e) {
      throw new InvalidInputException(Problem.general("--metric '" + UserText.quote(metric.text()) + "': "
          + e.getMessage() + (edit == null ? " with every input central" : " with " + edit.path() + " at "
              + Tornado.label(edit.value()))));
    }
  }
}

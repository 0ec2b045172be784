package dev.stratsim.analysis.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.Edit;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a scenario at every point of a grid, other distributions held at their central values,
 * and keeps each metric's value at each point.
 *
 * @param done the points done, all of them from 0 up; only those have values
 */
public record Sweep(ScenarioTemplate template, Grid grid, List<Metric> metrics, Values values,
    int done, boolean stopped) {

  /**
   * Checks every value of every {@code --vary} before anything runs (the first and last of a
   * range, each of a list), so a bad path or value is one error, not a failure an hour in.
   */
  public static void check(ScenarioTemplate template, Grid grid) {
    Set<Problem> problems = new LinkedHashSet<>();
    List<Edit> first = grid.edits(0);
    for (int i = 0; i < grid.varies().size(); i++) {
      List<JsonNode> values = grid.varies().get(i).values();
      for (int k = 0; k < values.size(); k++) {
        if (k == 0 || k == values.size() - 1 || !values.get(k).isNumber()) {
          List<Edit> edits = new ArrayList<>(first);
          Vary v = grid.varies().get(i);
          edits.set(i, new Edit(v.path(), values.get(k), v.origin()));
          try {
            template.with(edits);
          } catch (InvalidInputException e) {
            problems.addAll(e.problems());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(List.copyOf(problems));
    }
  }

  public static Sweep run(ScenarioTemplate template, Grid grid, List<Metric> metrics,
      Simulator simulator, Batch batch) {
    Values values = new Values(grid.size(), metrics.size());
    Batch.Outcome outcome = batch.run(grid.size(), point -> values.put(point, row(template, grid, metrics, simulator,
        point)));
    return new Sweep(template, grid, metrics, values, (int) outcome.done(), outcome.stopped());
  }

  /**
   * Runs the grid on {@code engine}; the result does not depend on the engine.
   *
   * @param varies the {@code --vary} arguments the grid was made of, which another JVM makes it of again
   * @param carried what another JVM needs; null when the engine is local
   */
  public static Sweep run(ScenarioTemplate template, Grid grid, List<String> varies, List<Metric> metrics,
      Simulator simulator, Engine engine, Carried carried, Progress progress, StopSignal stop) {
    Values values = new Values(grid.size(), metrics.size());
    Batch.Outcome outcome = engine.run(grid.size(), new PointRows(carried, varies,
        metrics.stream().map(Metric::text).toList(), point -> row(template, grid, metrics, simulator, point)),
        values::put, progress, stop);
    return new Sweep(template, grid, metrics, values, (int) outcome.done(), outcome.stopped());
  }

  /** Each metric's value at {@code point}: what every engine evaluates for it. */
  static double[] row(ScenarioTemplate template, Grid grid, List<Metric> metrics, Simulator simulator, long point) {
    Projection projection = run(template, grid, point, simulator);
    double[] row = new double[metrics.size()];
    for (int m = 0; m < metrics.size(); m++) {
      row[m] = read(metrics.get(m), projection, grid, point);
    }
    return row;
  }

  /** The value of metric {@code m} at {@code point}, one of the points done. */
  public double value(int point, int m) {
    return values.get(point, m);
  }

  private static Projection run(ScenarioTemplate template, Grid grid, long point,
      Simulator simulator) {
    try {
      return simulator.run(template.with(grid.edits(point)));
    } catch (RuleFailureException e) {
      throw new RuleFailureException("at " + describe(grid, point) + ": " + e.getMessage(),
          e.getCause());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(p -> new Problem(p.file(), p.line(), p.column(), "at " + describe(grid, point)
              + ": " + p.message()))
          .toList());
    }
  }

  private static double read(Metric metric, Projection projection, Grid grid, long point) {
    try {
      return metric.value(projection);
    } catch (EvaluationException e) {
      throw new InvalidInputException(Problem.general("--metric '" + UserText.quote(metric.text()) + "': "
          + e.getMessage() + " at " + describe(grid, point)));
    }
  }

  /** A value of a grid point as written in --vary: 0.3, closed. */
  public static String value(JsonNode value) {
    return value.isNumber() ? dev.stratsim.yaml.Numbers.format(value.doubleValue()) : value.asText();
  }

  /** A grid point as people write it: {@code deals[0].stake=0.3, outcome=closed}. */
  public static String describe(Grid grid, long point) {
    return grid.edits(point).stream().map(e -> e.path() + "=" + value(e.value()))
        .collect(Collectors.joining(", "));
  }
}

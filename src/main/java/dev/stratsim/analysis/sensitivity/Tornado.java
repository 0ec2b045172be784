package dev.stratsim.analysis.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleInfo;
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
import dev.stratsim.yaml.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One-at-a-time sensitivity: each uncertain input at its 10th and 90th percentile with every
 * other input central, sorted by how far the metric swings. A choice of words (an outcome) has
 * no percentiles, so each of its values is tried and the lowest and highest results are shown.
 * With rules, also the metric with each rule switched off, in turn.
 *
 * @param base the metric with every input central and every rule on
 * @param bars widest swing first
 * @param rules largest change first; the aggregate rules are never switched off
 */
public record Tornado(Metric metric, double base, List<Bar> bars, List<RuleOff> rules) {
  public static final double LOW = 0.1;
  public static final double HIGH = 0.9;

  /** The metric at an input's low and high end, labelled with the values that gave them. */
  public record Bar(UncertainInput input, String lowAt, double low, String highAt, double high) {
    public double swing() {
      return Math.abs(high - low);
    }
  }

  /** The metric with one rule switched off, and its change from the base. */
  public record RuleOff(String rule, double value, double change) {}

  /** One run: the scenario with some values replaced, or with one rule off. */
  private record Run(List<Edit> edits, String ruleOff, String label) {}

  /** The runs a tornado makes, in order: the central one, each input's ends, each rule off. */
  private record Plan(List<Run> runs, List<int[]> spans, int firstRule) {}

  public static Tornado of(ScenarioTemplate template, Metric metric, Simulator simulator,
      List<RuleInfo> rulesToTry, Batch batch) {
    Plan plan = plan(template, rulesToTry);
    double[] values = new double[plan.runs().size()];
    batch.run(values.length, i -> values[(int) i] = value(template, metric, simulator, plan.runs().get((int) i)));
    return assemble(template, metric, plan, values);
  }

  /**
   * The tornado with its runs evaluated on {@code engine}; the result does not depend on it.
   *
   * @param carried what another JVM needs; null when the engine is local
   */
  public static Tornado of(ScenarioTemplate template, Metric metric, Simulator simulator,
      List<RuleInfo> rulesToTry, Engine engine, Carried carried) {
    Plan plan = plan(template, rulesToTry);
    double[] values = new double[plan.runs().size()];
    engine.run(values.length, new RunRows(carried, metric.text(), !rulesToTry.isEmpty(), rows(template, metric,
        simulator, rulesToTry)), (i, row) -> values[(int) i] = row[0], Progress.NONE, StopSignal.manual());
    return assemble(template, metric, plan, values);
  }

  /** Row {@code i}: the metric in run {@code i} of the tornado's plan, what every engine evaluates for it. */
  static LongFunction<double[]> rows(ScenarioTemplate template, Metric metric,
      Simulator simulator, List<RuleInfo> rulesToTry) {
    List<Run> runs = plan(template, rulesToTry).runs();
    return i -> new double[] {value(template, metric, simulator, runs.get((int) i))};
  }

  private static Plan plan(ScenarioTemplate template, List<RuleInfo> rulesToTry) {
    List<Run> runs = new ArrayList<>(List.of(new Run(List.of(), null, "central")));
    List<int[]> spans = new ArrayList<>();
    for (UncertainInput input : template.inputs()) {
      int first = runs.size();
      for (JsonNode value : ends(input)) {
        runs.add(new Run(List.of(new Edit(input.path(), value, null)), null, label(value)));
      }
      spans.add(new int[] {first, runs.size()});
    }
    int firstRule = runs.size();
    rulesToTry.stream().filter(r -> !r.aggregate())
        .forEach(r -> runs.add(new Run(List.of(), r.name(), r.name())));
    return new Plan(runs, spans, firstRule);
  }

  private static Tornado assemble(ScenarioTemplate template, Metric metric, Plan plan, double[] values) {
    List<Run> runs = plan.runs();
    List<int[]> spans = plan.spans();
    List<Bar> bars = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      int lo = spans.get(k)[0];
      int hi = spans.get(k)[0];
      for (int i = spans.get(k)[0]; i < spans.get(k)[1]; i++) {
        lo = values[i] < values[lo] ? i : lo;
        hi = values[i] > values[hi] ? i : hi;
      }
      boolean ordered = template.inputs().get(k).distribution() instanceof Numeric
          || ((Choice) template.inputs().get(k).distribution()).numeric();
      int a = ordered ? spans.get(k)[0] : lo;
      int b = ordered ? spans.get(k)[1] - 1 : hi;
      bars.add(new Bar(template.inputs().get(k), runs.get(a).label(), values[a],
          runs.get(b).label(), values[b]));
    }
    bars.sort(Comparator.comparingDouble(Bar::swing).reversed()
        .thenComparing(b -> b.input().path()));
    List<RuleOff> off = new ArrayList<>();
    for (int i = plan.firstRule(); i < runs.size(); i++) {
      off.add(new RuleOff(runs.get(i).ruleOff(), values[i], values[i] - values[0]));
    }
    off.sort(Comparator.comparingDouble((RuleOff r) -> -Math.abs(r.change()))
        .thenComparing(RuleOff::rule));
    return new Tornado(metric, values[0], List.copyOf(bars), List.copyOf(off));
  }

  /** P10 and P90 of a number, every value of a choice. */
  private static List<JsonNode> ends(UncertainInput input) {
    if (input.distribution() instanceof Numeric n) {
      return List.of(DoubleNode.valueOf(n.quantile(LOW)), DoubleNode.valueOf(n.quantile(HIGH)));
    }
    Choice choice = (Choice) input.distribution();
    if (choice.numeric()) {
      return List.of(choice.quantile(LOW), choice.quantile(HIGH));
    }
    return choice.options().stream().map(Choice.Option::value).toList();
  }

  private static double value(ScenarioTemplate template, Metric metric, Simulator simulator, Run run) {
    Simulator sim = run.ruleOff() == null ? simulator : simulator.without(Set.of(run.ruleOff()));
    try {
      return metric.value(sim.run(run.edits().isEmpty() ? template.central() : template.with(run.edits())));
    } catch (EvaluationException e) {
      throw new InvalidInputException(Problem.general("--metric '" + UserText.quote(metric.text()) + "': "
          + e.getMessage() + " with " + run.label()));
    }
  }

  /** A value as the tornado labels it: four significant digits, or the word. */
  public static String label(JsonNode value) {
    return value.isNumber() ? Numbers.format(BigDecimal.valueOf(value.doubleValue())
        .round(new MathContext(4)).doubleValue()) : value.asText();
  }
}

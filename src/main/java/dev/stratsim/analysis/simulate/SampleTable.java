package dev.stratsim.analysis.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Table;
import dev.stratsim.numbers.Decimals;
import dev.stratsim.scenario.Edit;
import dev.stratsim.scenario.ScenarioTemplate;
import dev.stratsim.scenario.UncertainInput;
import dev.stratsim.uncertainty.Choice;
import dev.stratsim.uncertainty.Design;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The samples of a Monte Carlo run as a table, one row per sample: its index, the value each
 * input drew and each metric's value ({@code output.simulate.SamplesCsv} writes the same rows as one CSV file).
 * Written by an engine's executors: each task draws its samples' inputs again from the seed (as
 * {@link SampleRows} does), so only the metric values the command already keeps travel, a slice
 * to each task, and no row is made where the command runs.
 */
public final class SampleTable implements Table {
  private static final long serialVersionUID = 1L;

  private final Carried carried;
  private final Simulation.Settings settings;
  private final List<Column> columns;
  private final long count;
  /** The metric values, where the command runs only: each slice carries its own. */
  private final transient List<Summary> summaries;

  /** The metric values of samples {@code from}, {@code from + 1}, ...: {@code metrics[m][k]}. */
  private record Slice(long from, double[][] metrics) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private SampleTable(Carried carried, Simulation.Settings settings, List<Column> columns, long count,
      List<Summary> summaries) {
    this.carried = carried;
    this.settings = settings;
    this.columns = List.copyOf(columns);
    this.count = count;
    this.summaries = summaries;
  }

  /** The samples of {@code result}, whose rules and scenario {@code carried} carries. */
  public static SampleTable of(SimulationResult result, Carried carried) {
    return new SampleTable(carried, result.settings(), columns(result), result.done(), result.summaries());
  }

  /** {@code sample}, each input by its path, each metric by its text, typed by what they hold. */
  public static List<Column> columns(SimulationResult result) {
    return columns(result.template(), result.summaries().stream().map(Summary::metric).toList());
  }

  public static List<Column> columns(ScenarioTemplate template, List<Metric> metrics) {
    List<Column> columns = new ArrayList<>(List.of(new Column("sample", Type.LONG)));
    for (UncertainInput input : template.inputs()) {
      columns.add(new Column(input.path(), type(input)));
    }
    for (Metric metric : metrics) {
      columns.add(new Column(metric.text(), metric.isCheck() ? Type.BOOLEAN : Type.DOUBLE));
    }
    return columns;
  }

  /** A number, true/false when a choice has only those, else text (a choice of labels, or of mixed values). */
  private static Type type(UncertainInput input) {
    if (!(input.distribution() instanceof Choice choice) || choice.numeric()) {
      return Type.DOUBLE;
    }
    return choice.options().stream().allMatch(o -> o.value().isBoolean()) ? Type.BOOLEAN : Type.TEXT;
  }

  @Override
  public List<Column> columns() {
    return columns;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public Serializable slice(long from, long to) {
    double[][] metrics = new double[summaries.size()][(int) (to - from)];
    for (int m = 0; m < metrics.length; m++) {
      for (int k = 0; k < metrics[m].length; k++) {
        metrics[m][k] = summaries.get(m).value((int) (from + k));
      }
    }
    return new Slice(from, metrics);
  }

  @Override
  public Iterator<Object[]> rows(Serializable slice, boolean texts) {
    Slice rows = (Slice) slice;
    ScenarioTemplate template = carried.load().template();
    Design design = Simulation.design(template, settings);
    int size = rows.metrics().length == 0 ? 0 : rows.metrics()[0].length;
    return new Iterator<>() {
      private int k;

      @Override
      public boolean hasNext() {
        return k < size;
      }

      @Override
      public Object[] next() {
        if (k >= size) {
          throw new NoSuchElementException();
        }
        double[] metrics = new double[rows.metrics().length];
        for (int m = 0; m < metrics.length; m++) {
          metrics[m] = rows.metrics()[m][k];
        }
        return cells(template, design, columns, rows.from() + k++, metrics, texts);
      }
    };
  }

  /**
   * Sample {@code index}'s cells: typed as {@code columns} say or, with {@code texts}, as the CSV
   * file has them (numbers at full precision, a check as true/false).
   */
  public static Object[] cells(ScenarioTemplate template, Design design, List<Column> columns, long index,
      double[] metrics, boolean texts) {
    Object[] cells = new Object[columns.size()];
    cells[0] = texts ? Long.toString(index) : (Object) index;
    int c = 1;
    for (Edit draw : template.draws(design, index)) {
      cells[c] = cell(draw.value(), columns.get(c).type(), texts);
      c++;
    }
    for (double value : metrics) {
      boolean check = columns.get(c).type() == Type.BOOLEAN;
      cells[c] = check ? (texts ? Boolean.toString(value == 1) : (Object) (value == 1))
          : texts ? Decimals.exact(value) : (Object) value;
      c++;
    }
    return cells;
  }

  private static Object cell(JsonNode value, Type type, boolean texts) {
    if (texts || type == Type.TEXT) {
      return value.isNumber() ? Decimals.exact(value.doubleValue()) : value.asText();
    }
    return type == Type.DOUBLE ? (Object) value.doubleValue() : (Object) value.booleanValue();
  }
}

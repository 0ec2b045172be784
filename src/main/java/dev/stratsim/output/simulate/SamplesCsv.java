package dev.stratsim.output.simulate;

import dev.stratsim.analysis.simulate.SampleTable;
import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Table;
import dev.stratsim.files.OutputFiles;
import dev.stratsim.files.OutputFolder;
import dev.stratsim.output.Sheet;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.ScenarioTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One CSV row per sample: its index, the value each input drew and each metric's value. The
 * inputs are drawn again from the seed rather than kept, so memory does not grow with samples.
 * A local run writes one file ({@link #write}); an engine with executors writes the same rows as
 * a folder of part files from there ({@link #writeParts}).
 */
public final class SamplesCsv {
  private SamplesCsv() {}

  /**
   * Writes the file whole or not at all; a file stratsim did not write is replaced only with
   * {@code force} (see {@link OutputFiles}).
   */
  public static void write(Path file, SimulationResult result, boolean force) {
    OutputFiles.write(file, force, OutputFiles.text(out -> write(out, result)));
  }

  /**
   * Writes the rows as part files of {@code format} into {@code folder}, whole or not at all, from
   * the engine's executors (see {@link OutputFolder}; a folder stratsim did not write is replaced
   * only with {@code force}).
   *
   * @param carried the rules and scenario of the run, which the executors draw the inputs from
   */
  public static void writeParts(Path folder, Table.Format format, SimulationResult result, Carried carried,
      Engine engine, boolean force) {
    Table table = SampleTable.of(result, carried);
    OutputFolder.write(folder, force, temporary -> engine.writeTable(table, format, temporary));
  }

  /**
   * Refuses, before the samples run, part files whose columns Spark would refuse to write: two of
   * the same name, case aside (a {@code --metric} that repeats a competitor's index or rank, which
   * are columns already). One CSV file takes them; a table's columns are named once.
   */
  public static void checkPartColumns(ScenarioTemplate template, List<Metric> metrics) {
    Set<String> seen = new HashSet<>();
    for (Table.Column column : SampleTable.columns(template, metrics)) {
      if (!seen.add(column.name().toLowerCase(Locale.ROOT))) {
        throw new InvalidInputException(Problem.general("--samples-out with --engine spark: two columns would be"
            + " named '" + UserText.quote(column.name()) + "' (case aside), which part files do not allow; leave out"
            + " the --metric that repeats it (each competitor's index and rank are columns already)"));
      }
    }
  }

  static void write(PrintWriter out, SimulationResult result) {
    List<Table.Column> columns = SampleTable.columns(result);
    Sheet.csvRow(out, columns.stream().map(Table.Column::name).toList());
    var design = Simulation.design(result.template(), result.settings());
    double[] metrics = new double[result.summaries().size()];
    for (int i = 0; i < result.done(); i++) {
      for (int m = 0; m < metrics.length; m++) {
        metrics[m] = result.summaries().get(m).value(i);
      }
      Object[] cells = SampleTable.cells(result.template(), design, columns, i, metrics, true);
      Sheet.csvRow(out, Arrays.stream(cells).map(String.class::cast).toList());
    }
  }
}

package dev.stratsim.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.files.OutputFiles;
import dev.stratsim.report.Numbers;
import dev.stratsim.report.Sheet;
import dev.stratsim.scenario.Edit;
import dev.stratsim.scenario.UncertainInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per sample: its index, the value each input drew and each metric's value. The
 * inputs are drawn again from the seed rather than kept, so memory does not grow with samples.
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

  static void write(PrintWriter out, SimulationResult result) {
    List<String> header = new ArrayList<>(List.of("sample"));
    result.template().inputs().stream().map(UncertainInput::path).forEach(header::add);
    result.summaries().forEach(s -> header.add(s.metric().text()));
    Sheet.csvRow(out, header);
    var design = Simulation.design(result.template(), result.settings());
    for (int i = 0; i < result.done(); i++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
      for (Edit draw : result.template().draws(design, i)) {
        row.add(text(draw.value()));
      }
      for (Summary s : result.summaries()) {
        row.add(s.metric().isCheck() ? Boolean.toString(s.value(i) == 1)
            : Numbers.exact(s.value(i)));
      }
      Sheet.csvRow(out, row);
    }
  }

  private static String text(JsonNode value) {
    return value.isNumber() ? Numbers.exact(value.doubleValue()) : value.asText();
  }
}

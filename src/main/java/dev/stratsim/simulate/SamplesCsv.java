package dev.stratsim.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.report.Sheet;
import dev.stratsim.scenario.Edit;
import dev.stratsim.scenario.UncertainInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per sample: its index, the value each input drew and each metric's value. The
 * inputs are drawn again from the seed rather than kept, so memory does not grow with samples.
 */
public final class SamplesCsv {
  private SamplesCsv() {}

  /** Writes to a file next to {@code file} first, so a failed write leaves nothing half-done. */
  public static void write(Path file, SimulationResult result) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path temp = Files.createTempFile(dir, ".stratsim-samples", ".csv");
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
        write(out, result);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.inFile(file, "cannot write the samples: "
          + e.getMessage() + "; check that the folder exists and is writable"));
    }
  }

  static void write(PrintWriter out, SimulationResult result) {
    List<String> header = new ArrayList<>(List.of("sample"));
    result.template().inputs().stream().map(UncertainInput::path).forEach(header::add);
    result.summaries().forEach(s -> header.add(s.metric().text()));
    Sheet.csvRow(out, header);
    long seed = result.settings().seed();
    for (int i = 0; i < result.done(); i++) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
      for (Edit draw : result.template().draws(seed, i)) {
        row.add(text(draw.value()));
      }
      for (Summary s : result.summaries()) {
        row.add(s.metric().isCheck() ? Boolean.toString(s.value(i) == 1)
            : BigDecimal.valueOf(s.value(i)).toPlainString());
      }
      Sheet.csvRow(out, row);
    }
  }

  private static String text(JsonNode value) {
    return value.isNumber() ? BigDecimal.valueOf(value.doubleValue()).toPlainString()
        : value.asText();
  }
}

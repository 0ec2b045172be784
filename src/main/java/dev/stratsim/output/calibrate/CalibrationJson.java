package dev.stratsim.output.calibrate;

import dev.stratsim.analysis.calibrate.CalibrationResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratsim.output.Json;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code calibrate --format json}, the layout of {@link CalibrationResult} in snake case through
 * stratsim's one JSON mapper ({@link Json#MAPPER}); {@code report --calibration FILE} reads it back.
 */
public final class CalibrationJson implements CalibrationFormat {
  private static final ObjectMapper MAPPER = Json.MAPPER;

  @Override
  public void write(CalibrationResult result, PrintWriter out) {
    out.println(text(result));
    out.flush();
  }

  public static String text(CalibrationResult result) {
    return Json.text(result);
  }

  /** The result as a JSON tree, as {@code report.json} embeds it. */
  public static com.fasterxml.jackson.databind.JsonNode tree(CalibrationResult result) {
    return MAPPER.valueToTree(result);
  }

  /**
   * Reads what {@code calibrate --format json} wrote.
   *
   * @throws InvalidInputException when the file is missing or is not such a document
   */
  public static CalibrationResult read(Path file) {
    try {
      CalibrationResult result = MAPPER.readValue(Files.readString(file), CalibrationResult.class);
      if (result.calibrationVersion() != CalibrationResult.VERSION || result.before() == null
          || result.fitted() == null) {
        throw new InvalidInputException(Problem.inFile(file, "is not the output of stratsim calibrate --format json"
            + " (calibration_version " + CalibrationResult.VERSION + "); write it with calibrate ... --format json > FILE"));
      }
      return result;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Problem.inFile(file, "is not the output of stratsim calibrate --format json: "
          + e.getOriginalMessage() + "; write it with calibrate ... --format json > FILE"));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.inFile(file, "cannot be read: " + e.getMessage()));
    }
  }
}

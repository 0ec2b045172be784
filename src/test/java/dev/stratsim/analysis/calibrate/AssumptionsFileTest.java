package dev.stratsim.analysis.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write} edits the defaults it fitted and nothing else, and never a file edited meanwhile. */
class AssumptionsFileTest {
  static final String TEXT = """
      # The knobs.
      growth:
        default: 1
        min: 0
        max: 10   # a comment stays
        unit: points
        why: Grows.
      decay:
        default: 0.05
        calibrated: "an older fit"
        unit: ratio
        why: Wears out.
      """;

  @TempDir Path rules;

  @Test
  void setsEachDefaultAndItsCalibratedLine() {
    String updated = AssumptionsFile.update(TEXT, Map.of("growth", 2.25, "decay", 0.12), "fitted to \"x\"");

    assertThat(updated).isEqualTo("""
        # The knobs.
        growth:
          default: 2.25
          calibrated: "fitted to \\"x\\""
          min: 0
          max: 10   # a comment stays
          unit: points
          why: Grows.
        decay:
          default: 0.12
          calibrated: "fitted to \\"x\\""
          unit: ratio
          why: Wears out.
        """);
  }

  @Test
  void refusesWhenTheFileChangedSinceTheFitBegan() throws IOException {
    Path file = Files.writeString(rules.resolve("assumptions.yaml"), TEXT);
    AssumptionsFile atStart = AssumptionsFile.at(rules);
    Files.writeString(file, TEXT.replace("Grows.", "Grows faster."));

    assertThatThrownBy(() -> atStart.write(Map.of("growth", 2.0), "fitted"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": changed while the fit ran, so --write left it alone; run calibrate again on the file"
            + " as it is now");
    assertThat(Files.readString(file)).contains("Grows faster.").contains("default: 1\n");
  }
}

package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the scenario files of the paths a command is given. */
class ScenariosTest {
  @TempDir Path dir;

  @Test
  void oneCommandWorksOnAtMostTwoThousandScenarioFiles() throws IOException {
    for (int i = 0; i <= Scenarios.MAX_FILES; i++) {
      Files.writeString(dir.resolve("s" + i + ".yaml"), "");
    }

    assertThatThrownBy(() -> Scenarios.find(List.of(dir)))
        .hasMessage("2001 scenario files, more than 2000, the most one command works on; give fewer files or folders");
    Files.delete(dir.resolve("s0.yaml"));
    assertThat(Scenarios.find(List.of(dir))).hasSize(Scenarios.MAX_FILES);
  }
}

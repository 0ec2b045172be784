package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.golden.Golden;
import dev.stratsim.output.Version;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of every stock scenario, kept under {@code src/test/resources/golden/}: a change to a
 * rule, a knob or a scenario shows up as a reviewable diff of these files. Run with
 * {@code -Dgolden.update=true} to rewrite them after an intended change.
 */
class GoldenJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.stratsim.golden.FolderFiles#stockScenarios")
  void jsonMatchesTheGoldenFile(Path scenario) throws IOException {
    Cli.Result result = Cli.run("run", scenario.toString(), "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    // The version changes with every release; everything else must only change on purpose.
    String actual = result.out().replace("\"stratsim\" : \"" + Version.current() + "\"", "\"stratsim\" : \"VERSION\"");
    String name = scenario.getFileName().toString().replace(".yaml", ".json");
    Path golden = GOLDEN.resolve(name);
    Golden.check(golden, actual);
  }
}

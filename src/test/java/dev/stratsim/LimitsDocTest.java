package dev.stratsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/limits.md gives every limit's value as the code has it, on the row that names the constant. */
class LimitsDocTest {
  private static final Path DOC = Path.of("docs/limits.md");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "files.InputFile.MAX_BYTES", "engine.DrlSources.MAX_FILE_BYTES", "engine.DrlSources.MAX_FOLDER_BYTES", "engine.DrlSources.MAX_RULES",
      "analysis.diff.Git.MAX_OUTPUT", "analysis.diff.GitRules.MAX_UNPACKED_BYTES", "yaml.YamlLimits.MAX_DEPTH",
      "yaml.YamlLimits.MAX_ALIASES", "yaml.YamlLimits.MAX_NODES", "scenario.ExtendsChain.MAX_LENGTH",
      "scenario.Scenarios.MAX_DEPTH", "scenario.Scenarios.MAX_ENTRIES", "scenario.Scenarios.MAX_FILES", "scenario.ScenarioReader.MAX_ACTORS", "scenario.ScenarioReader.MAX_RELATIONS",
      "scenario.ScenarioReader.MAX_DEALS", "scenario.ScenarioReader.MAX_YEARS", "expect.Parser.MAX_LENGTH",
      "expect.Parser.MAX_DEPTH", "problem.UserText.MAX_QUOTED", "engine.Simulator.DEFAULT_MAX_FIRINGS_PER_YEAR",
      "engine.Simulator.DEFAULT_YEAR_TIMEOUT", "cli.YearTimeout.MAX_SECONDS", "batch.Threads.MAX_PER_CORE",
      "analysis.simulate.Simulation.MAX_SAMPLES", "batch.Batch.MAX_NUMBERS", "analysis.sweep.Grid.MAX_POINTS",
      "analysis.sweep.Grid.MAX_FORCED_POINTS", "analysis.sweep.Vary.MAX_VALUES", "files.OutputFiles.PATIENCE",
      "batch.Engines.MAX_PARTITIONS"})
  void theDocGivesTheValueOfEachLimit(String constant) throws Exception {
    int dot = constant.lastIndexOf('.');
    Class<?> type = Class.forName("dev.stratsim." + constant.substring(0, dot));
    Field field = type.getDeclaredField(constant.substring(dot + 1));
    field.setAccessible(true);
    Object value = field.get(null);
    String named = "`" + type.getSimpleName() + "." + field.getName() + "`";

    List<String> rows = Files.readAllLines(DOC).stream().filter(l -> l.contains(named)).toList();

    assertThat(rows).as(named + " in " + DOC).isNotEmpty();
    assertThat(rows.get(0)).containsAnyOf(shown(value).toArray(String[]::new));
  }

  /** How the doc may write a value: 1,000,000 or 1000000; bytes in MB; a duration in seconds. */
  private static List<String> shown(Object value) {
    if (value instanceof Duration d) {
      return List.of(d.toSeconds() + " seconds");
    }
    long n = ((Number) value).longValue();
    long mb = 1024 * 1024;
    return n >= mb && n % mb == 0 ? List.of(n / mb + " MB")
        : List.of(String.format(Locale.ROOT, "%,d", n), Long.toString(n));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"README.md"})
  void theReadmeLinksTheLimits(String file) throws IOException {
    assertThat(Files.readString(Path.of(file))).contains("(docs/limits.md)");
  }
}

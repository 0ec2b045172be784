package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stock scenario opens with the yaml-language-server line, so an editor completes and
 * checks it as soon as it is opened, and the schema it names is the one kept in schema/: a
 * scenario moved to another folder without fixing the relative path would silently lose it.
 */
class ModelineTest {
  private static final Pattern MODELINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");

  @Test
  void everyStockScenarioNamesTheScenarioSchemaOnItsFirstLine() throws IOException {
    List<Path> scenarios;
    try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
      scenarios = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(scenarios).hasSizeGreaterThan(20);
    Path schema = Path.of("schema/scenario.schema.json").toRealPath();
    for (Path scenario : scenarios) {
      String first = Files.readAllLines(scenario).get(0);
      Matcher m = MODELINE.matcher(first);
      assertThat(m.matches()).as(scenario + ": " + first).isTrue();
      Path named = scenario.getParent().resolve(m.group(1));
      assertThat(Files.exists(named)).as(scenario + " names " + named).isTrue();
      assertThat(named.toRealPath()).as(scenario.toString()).isEqualTo(schema);
    }
  }
}

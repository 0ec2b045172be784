package dev.stratsim.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import dev.stratsim.engine.StockRules;
import dev.stratsim.golden.FolderFiles;
import dev.stratsim.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas in schema/ checked with a real validator: the run contract accepts every golden
 * run output and rejects broken ones; the scenario schema accepts every stock scenario, rejects
 * what the loader rejects for its shape, and is the one {@code stratsim schema scenario} prints.
 */
class SchemaTest {
  private static final Schema RUN = JsonSchemas.reportDefinition("run");

  static Stream<Path> goldenRuns() throws IOException {
    return FolderFiles.endingIn(Path.of("src/test/resources/golden"), ".json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRuns")
  void everyGoldenRunOutputFollowsTheRunContract(Path golden) throws IOException {
    assertThat(JsonSchemas.errors(RUN, Files.readString(golden))).isEmpty();
  }

  @Test
  void severalScenariosRunTogetherAreAnArrayOfProjections() throws IOException {
    String one = Files.readString(Path.of("src/test/resources/golden/baseline.json"));
    String two = Files.readString(Path.of("src/test/resources/golden/talks-collapse.json"));

    assertThat(JsonSchemas.errors(RUN, "[" + one + "," + two + "]")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"effects\"", "\"rank\" : 1", "\"holds\" : true"})
  void theRunContractRejectsAProjectionWithAFieldBroken(String field) throws IOException {
    String golden = Files.readString(Path.of("src/test/resources/golden/meta-scale-deal.json"));
    String broken = switch (field) {
      case "\"effects\"" -> golden.replace("\"effects\"", "\"effect\"");
      case "\"rank\" : 1" -> golden.replace("\"rank\" : 1", "\"rank\" : 0");
      default -> golden.replace("\"holds\" : true", "\"holds\" : \"yes\"");
    };

    assertThat(broken).isNotEqualTo(golden);
    assertThat(JsonSchemas.errors(RUN, broken)).isNotEmpty();
  }

  @Test
  void theCommittedScenarioSchemaIsTheOneGeneratedFromTheStockRules() throws IOException {
    String generated = Schemas.scenario(StockRules.get().vocabulary());

    assertThat(Files.readString(Path.of("schema/scenario.schema.json"), StandardCharsets.UTF_8))
        .as("regenerate with: ./stratsim schema scenario > schema/scenario.schema.json")
        .isEqualTo(generated);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.stratsim.golden.FolderFiles#stockScenarios")
  void everyStockScenarioFollowsTheScenarioSchema(Path scenario) {
    assertThat(JsonSchemas.errors(scenarioSchema(), YamlReader.read(scenario).root().toString())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"unknown-key.yaml", "stake-out-of-range.yaml", "unknown-outcome.yaml",
      "unknown-assumption.yaml", "pillar-out-of-range.yaml", "negative-amount.yaml", "share-out-of-range.yaml"})
  void theScenarioSchemaRejectsWhatTheLoaderRejectsForItsShape(String file) {
    String json = YamlReader.read(Path.of("src/test/resources/bad-input", file)).root().toString();

    assertThat(JsonSchemas.errors(scenarioSchema(), json)).isNotEmpty();
  }

  @Test
  void numbersAndOutcomesMayBeDistributions() {
    String scenario = """
        {"title": "t", "period": {"start": 2025, "end": 2026},
         "actors": {"a": {"name": "A", "role": "platform", "data": {"dist": "triangular", "min": 50, "mode": 60, "max": 70},
                          "hardware": {"dist": "normal", "mean": 70, "sd": 5, "min": 0, "max": 100},
                          "algorithms": {"dist": "uniform", "min": 60, "max": 80}},
                    "b": {"name": "B", "role": "data-supplier", "quality": 80, "neutrality": 90}},
         "deals": [{"year": 2025, "acquirer": "a", "target": "b", "amount_usd": "14.3e9",
                    "stake": {"dist": "beta", "alpha": 2, "beta": 3},
                    "outcome": {"dist": "choice", "values": {"closed": 0.55, "renegotiated": 0.2, "collapsed": 0.15, "blocked": 0.1}}}],
         "assumptions": {"supplier_switch_years": {"dist": "lognormal", "mean": 2, "sd": 0.5},
                         "synthetic_data_substitution": {"value": 0.2, "source": "judgement"}}}
        """;

    assertThat(JsonSchemas.errors(scenarioSchema(), scenario)).isEmpty();
  }

  @Test
  void aDistributionWithTheWrongParametersIsRejected() {
    String scenario = """
        {"title": "t", "period": {"start": 2025, "end": 2026},
         "actors": {"b": {"name": "B", "role": "data-supplier", "quality": {"dist": "uniform", "min": 1}}}}
        """;

    assertThat(JsonSchemas.errors(scenarioSchema(), scenario)).isNotEmpty();
  }

  @Test
  void aPillarNeedsTheOtherPillars() {
    String scenario = """
        {"title": "t", "period": {"start": 2025, "end": 2026}, "actors": {"a": {"name": "A", "role": "x", "data": 1}}}
        """;

    assertThat(JsonSchemas.errors(scenarioSchema(), scenario)).isNotEmpty();
  }

  @Test
  void aChildScenarioMayLeaveOutWhatItsParentGives() {
    assertThat(JsonSchemas.errors(scenarioSchema(), "{\"extends\": \"baseline\", \"deals\": []}")).isEmpty();
    assertThat(JsonSchemas.errors(scenarioSchema(),
        "{\"extends\": \"baseline\", \"actors\": {\"meta\": {\"data\": 70}}}")).isEmpty();
    assertThat(JsonSchemas.errors(scenarioSchema(), "{\"deals\": []}")).isNotEmpty();
  }

  @Test
  void checksMayCarryTheirSources() {
    String child = "{\"extends\": \"baseline\", \"expect\": [\"meta.rank <= 3\", {\"check\": \"meta.rank <= 4\","
        + " \"source\": \"Reuters\"}], \"followed\": [{\"check\": \"meta.data > meta.data@start\", \"sources\": [\"a\"]}]}";
    assertThat(JsonSchemas.errors(scenarioSchema(), child)).isEmpty();
    assertThat(JsonSchemas.errors(scenarioSchema(),
        "{\"extends\": \"baseline\", \"followed\": [{\"source\": \"Reuters\"}]}")).isNotEmpty();
    assertThat(JsonSchemas.errors(scenarioSchema(),
        "{\"extends\": \"baseline\", \"followed\": [{\"check\": \"x.y > 1\", \"source\": \"a\", \"sources\": [\"b\"]}]}"))
        .isNotEmpty();
  }

  private static Schema scenario;

  private static synchronized Schema scenarioSchema() {
    if (scenario == null) {
      scenario = JsonSchemas.of(Schemas.scenario(StockRules.get().vocabulary()));
    }
    return scenario;
  }

}

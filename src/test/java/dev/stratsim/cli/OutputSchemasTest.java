package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import dev.stratsim.schema.JsonSchemas;
import dev.stratsim.schema.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each command's real {@code --format json} output follows the schema {@code stratsim schema NAME}
 * prints (and schema/ holds), checked with networknt's JSON Schema validator. The cases reach the
 * parts of each output that appear only sometimes: followed entries, expect_simulated, coverage,
 * a rule switched off, Monte Carlo in diff. The cases use small rules where they can: no new slow test.
 */
class OutputSchemasTest {
  private static final String TINY = "src/test/resources/ci/rules-tiny";
  private static final String UNCERTAIN = "scenarios/meta-scale-uncertain.yaml";

  static Stream<Arguments> outputs() {
    return Stream.of(
        Arguments.of("compare", List.of("compare", "scenarios/meta-scale-deal.yaml", "scenarios/talks-collapse.yaml",
            "--format", "json")),
        Arguments.of("sweep", List.of("sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].stake=0.1..0.3:0.2",
            "--vary", "deals[0].outcome=closed,blocked", "--format", "json")),
        Arguments.of("sweep", List.of("sweep", "scenarios/meta-scale-deal.yaml", "--vary", "deals[0].outcome=closed,blocked",
            "--metric", "meta.rank <= 3", "--metric", "meta.index - google.index", "--format", "json")),
        Arguments.of("simulate", List.of("simulate", UNCERTAIN, "--samples", "8", "--metric", "meta.rank@2029 <= 3",
            "--metric", "meta.index - google.index", "--format", "json", "--quiet")),
        Arguments.of("sensitivity", List.of("sensitivity", UNCERTAIN, "--format", "json")),
        Arguments.of("sensitivity", List.of("sensitivity", "src/test/resources/tornado/world.yaml", "--rules",
            "src/test/resources/tornado/rules", "--metric", "acme.data", "--rules-too", "--format", "json")),
        Arguments.of("check", List.of("check", "--rules", TINY, "src/test/resources/ci/scenarios", "--coverage",
            "--min-coverage", "0.5", "--min-held", "0.5", "--format", "json")),
        Arguments.of("check", List.of("check", "src/test/resources/ci/followed", "--format", "json")),
        Arguments.of("diff", List.of("diff", "--base-rules", "src/test/resources/ci/diff/base", "--rules",
            "src/test/resources/ci/diff/current", "src/test/resources/ci/diff/scenarios", "--format", "json")),
        Arguments.of("diff", List.of("diff", "--base-rules", "src/test/resources/ci/diff/base", "--rules",
            "src/test/resources/ci/diff/current", "src/test/resources/ci/diff/uncertain", "--samples", "12",
            "--format", "json")),
        Arguments.of("run", List.of("run", "scenarios/meta-scale-deal.yaml", "scenarios/baseline.yaml", "--nodeal",
            "--format", "json")),
        // The tiny suite CalibrateCommandTest uses, with a small budget: a second or two.
        Arguments.of("calibrate", List.of("calibrate", "src/test/resources/calibrate/suite", "--rules",
            "src/test/resources/calibrate/rules", "--budget", "20", "--quiet", "--format", "json")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("outputs")
  void theOutputFollowsItsSchema(String name, List<String> args) {
    Cli.Result output = Cli.run(args.toArray(String[]::new));
    Cli.Result schema = Cli.run("schema", name);

    assertThat(output.err()).as("stderr").doesNotContain("error:");
    assertThat(schema.exitCode()).as(schema.err()).isZero();
    assertThat(JsonSchemas.errors(JsonSchemas.of(schema.out()), output.out())).as(output.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void theSchemaPrintedIsTheOneInSchemaFolderAndIsDraft2020(String name) throws IOException {
    String printed = Cli.run("schema", name).out();

    assertThat(printed).isEqualTo(Files.readString(Path.of("schema", name + ".schema.json"), StandardCharsets.UTF_8));
    assertThat(printed).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  static Stream<String> names() {
    return Schemas.OUTPUTS.stream();
  }

  @Test
  void aSchemaRejectsOutputWithAFieldRenamedOrOfTheWrongType() {
    String compare = Cli.run("compare", "scenarios/meta-scale-deal.yaml", "--format", "json").out();
    Schema schema = JsonSchemas.of(Schemas.output("compare"));

    assertThat(JsonSchemas.errors(schema, compare)).isEmpty();
    assertThat(JsonSchemas.errors(schema, compare.replace("\"positions\"", "\"position\""))).isNotEmpty();
    assertThat(JsonSchemas.errors(schema, compare.replace("\"rank\" : 1,", "\"rank\" : \"first\","))).isNotEmpty();
  }
}

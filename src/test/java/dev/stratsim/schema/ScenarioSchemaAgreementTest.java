package dev.stratsim.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed scenario schema and the scenario readers agree field by field, not only on key
 * names. For every field the schema declares on every kind of object in a scenario (the top
 * level, the period, an actor with its metrics, a role change, a relation, a deal, an amendment,
 * the knobs, the weights, expect_simulated, a sourced check, a correlation), the field of a valid
 * scenario is left out and set in turn to each of a battery of values (of every JSON type, on and
 * off each bound, each value of the field's enums and one more); the loader's verdict (loads, or
 * reports a problem) must be the schema's verdict (valid or not). So a type, a required field, an
 * enum or a bound that one side changes and the other does not fails here.
 *
 * <p>What a schema cannot say, and only that, is listed in {@link #BEYOND_THE_SCHEMA}: a
 * reference to another actor, a year against the period or the deal's year, a number in quotes
 * against its bounds, the values of a choice. The JSON probes are judged as the YAML reader reads
 * them: an empty string is a null to it.
 */
class ScenarioSchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A scenario both sides accept, with one object of every kind the schema describes. */
  private static final String VALID = """
      {"title": "T", "description": "d", "period": {"start": 2025, "end": 2029},
       "actors": {
         "meta": {"name": "Meta", "role": "platform", "data": 60, "hardware": 70, "algorithms": 70,
                  "role_changes": [{"year": 2027, "role": "platform", "sources": ["s"]}],
                  "sources": ["s"], "judgement": "j", "notes": "n"},
         "scale-ai": {"name": "Scale AI", "role": "data-supplier", "quality": 80},
         "google": {"name": "Google", "role": "platform", "data": 80, "hardware": 80, "algorithms": 80}},
       "relations": [{"customer": "google", "supplier": "scale-ai", "share": 0.35, "sources": ["s"]}],
       "deals": [{"id": "the-deal", "year": 2025, "acquirer": "meta", "target": "scale-ai",
                  "amount_usd": 14e9, "stake": {"dist": "uniform", "min": 0.4, "max": 0.5}, "outcome": "closed",
                  "amendments": [{"year": 2027, "stake": 0.6, "sources": ["s"]}], "sources": ["s"]}],
       "assumptions": {"supplier_switch_years": {"dist": "uniform", "min": 1, "max": 3}},
       "weights": {"data": 1},
       "expect": ["meta.rank@2029 <= 3"],
       "expect_simulated": {"samples": 10, "seed": 1, "checks": ["P(meta.rank@2029 <= 3) >= 0"]},
       "followed": [{"check": "meta.data@2029 > 0", "source": "s"}],
       "correlations": [{"between": ["assumptions.supplier_switch_years", "deals[0].stake"], "rank": 0.5,
                         "source": "s"}]}
      """;

  /** Where in {@link #VALID} each kind of object is, and where its schema is. */
  private static final Map<String, String> OBJECTS = Map.ofEntries(
      Map.entry("", "/properties"),
      Map.entry("/period", "/properties/period/anyOf/0/properties"),
      Map.entry("/actors/meta", "/$defs/actor/properties"),
      Map.entry("/actors/scale-ai", "/$defs/actor/properties"),
      Map.entry("/actors/meta/role_changes/0", "/$defs/actor/properties/role_changes/anyOf/0/items/properties"),
      Map.entry("/relations/0", "/$defs/relation/properties"),
      Map.entry("/deals/0", "/$defs/deal/properties"),
      Map.entry("/deals/0/amendments/0", "/$defs/deal/properties/amendments/anyOf/0/items/properties"),
      Map.entry("/assumptions", "/properties/assumptions/anyOf/0/properties"),
      Map.entry("/weights", "/properties/weights/anyOf/0/properties"),
      Map.entry("/expect_simulated", "/properties/expect_simulated/anyOf/0/properties"),
      Map.entry("/followed/0", "/$defs/check/anyOf/1/properties"),
      Map.entry("/correlations/0", "/properties/correlations/anyOf/0/items/properties"));

  /** Values of every JSON type, on and off the bounds the schema and the readers use. */
  private static final List<String> BATTERY = List.of(
      "null", "true", "false", "\"text\"", "\"meta\"", "\"Not An Id\"", "\"\"", "-1", "0", "0.5", "1", "1.5", "2",
      "3", "100", "101", "2025", "2027", "2031", "999", "10000", "1000000", "1000001", "\"70e9\"", "\"1_000\"",
      "[]", "[\"s\"]", "[1]", "{}", "{\"dist\": \"uniform\", \"min\": 0, \"max\": 1}",
      "{\"dist\": \"choice\", \"values\": {\"none\": 0.5, \"full\": 0.5}}");

  /**
   * Why the loader may reject what the schema accepts, by the words of the loader's problem: what
   * a JSON Schema cannot say about one field in isolation. Each must still happen, so the list
   * cannot go stale.
   */
  private static final Map<String, String> BEYOND_THE_SCHEMA = Map.ofEntries(
      Map.entry("is not an actor in this scenario", "a reference to an actor of the same file"),
      Map.entry("must be a different actor", "two fields of a deal or relation compared"),
      Map.entry("is not a distribution of this scenario", "a correlation names another field"),
      Map.entry("is outside the period", "a year against the period"),
      Map.entry("must fall after the period's first year", "a year against the period"),
      Map.entry("must come after", "an amendment's year against the deal's"),
      Map.entry("must not be before period.start", "the period's two ends compared"),
      Map.entry("names no scenario", "extends names another file"),
      Map.entry("does not parse", "the expectation language"),
      Map.entry("is more than amount_usd", "two amounts of a deal compared"),
      Map.entry("lacks pillar", "every pillar or none: a schema's dependentRequired counts a null as given"),
      Map.entry("changes no term", "an amendment must change at least one of its optional fields"),
      Map.entry("not '70e9'", "a number in quotes is text to a schema, so its bounds cannot be checked"),
      Map.entry("not '1_000'", "underscores are a number only unquoted; a schema sees text either way"),
      Map.entry("not 'none'", "a choice's values must fit the field; a schema's one distribution cannot say which"),
      Map.entry("not 'full'", "a choice's values must fit the field; a schema's one distribution cannot say which"),
      Map.entry("must not exceed", "two knobs compared"),
      Map.entry("must stay below", "two knobs compared"),
      Map.entry("so it can vary only as a choice", "which kind of distribution a field takes"),
      Map.entry("takes values from", "a distribution's range against the field's bounds"));

  /** The schema rejects these, the loader takes them: a null given beside a field it excludes. */
  private static final Set<String> STRICTER_SCHEMA = Set.of(
      "/actors/scale-ai/data = null", "/actors/scale-ai/hardware = null", "/actors/scale-ai/algorithms = null",
      "/actors/scale-ai/data = \"\"", "/actors/scale-ai/hardware = \"\"", "/actors/scale-ai/algorithms = \"\"",
      "/followed/0/sources = null", "/followed/0/sources = \"\"");

  private static Vocabulary vocabulary;
  private static JsonNode schemaTree;
  private static Schema schema;

  @TempDir static Path dir;

  @BeforeAll
  static void load() throws IOException {
    vocabulary = RuleSet.vocabulary(Path.of("rules"));
    String text = Files.readString(Path.of("schema/scenario.schema.json"));
    schemaTree = JSON.readTree(text);
    schema = JsonSchemas.of(text);
  }

  @Test
  void theValidScenarioIsValidToBoth() throws IOException {
    JsonNode valid = JSON.readTree(VALID);
    assertThat(loaderErrors(valid)).isEmpty();
    assertThat(JsonSchemas.errors(schema, valid.toString())).isEmpty();
  }

  @Test
  void theLoaderAndTheSchemaGiveTheSameVerdictOnEveryValueOfEveryField() throws IOException {
    List<String> disagreements = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (Map.Entry<String, String> object : new java.util.TreeMap<>(OBJECTS).entrySet()) {
      JsonNode fields = schemaTree.at(object.getValue());
      assertThat(fields.isObject()).as(object.getValue()).isTrue();
      List<String> names = new ArrayList<>();
      fields.fieldNames().forEachRemaining(names::add);
      names.add("zzz_unknown");
      for (String name : names) {
        for (String value : values(fields.get(name))) {
          ObjectNode scenario = (ObjectNode) JSON.readTree(VALID);
          ObjectNode at = (ObjectNode) scenario.at(object.getKey());
          if (value == null) {
            at.remove(name);
          } else {
            at.set(name, JSON.readTree(value));
          }
          List<String> problems = loaderErrors(scenario);
          // The YAML reader takes "" as null, so a schema judging the file as YAML sees a null there.
          if ("\"\"".equals(value)) {
            at.putNull(name);
          }
          List<String> invalid = JsonSchemas.errors(schema, scenario.toString());
          if (problems.isEmpty() == invalid.isEmpty()) {
            continue;
          }
          String key = object.getKey() + "/" + name + " = " + (value == null ? "absent" : value);
          if (problems.isEmpty()) {
            if (STRICTER_SCHEMA.contains(key)) {
              used.add(key);
            } else {
              disagreements.add(key + ": the schema rejects it, the loader takes it -- " + invalid);
            }
            continue;
          }
          List<String> why = problems.stream().flatMap(String::lines)
              .map(line -> BEYOND_THE_SCHEMA.keySet().stream().filter(line::contains).findFirst().orElse(null))
              .toList();
          if (why.contains(null)) {
            disagreements.add(key + ": the loader rejects it, the schema takes it -- " + problems);
          } else {
            used.addAll(why);
          }
        }
      }
    }
    assertThat(disagreements).as("the loader and schema/scenario.schema.json disagree").isEmpty();
    assertThat(used).as("reasons listed that no probe needs any more")
        .containsAll(BEYOND_THE_SCHEMA.keySet()).containsAll(STRICTER_SCHEMA);
  }

  /** The battery, each value of the field's enums with one more, and null for "left out". */
  private static List<String> values(JsonNode field) {
    Set<String> values = new LinkedHashSet<>(BATTERY);
    if (field != null) {
      enums(field, values);
    }
    List<String> all = new ArrayList<>();
    all.add(null);
    all.addAll(values);
    return all;
  }

  private static void enums(JsonNode node, Set<String> values) {
    if (node.has("enum")) {
      node.get("enum").forEach(v -> values.add(v.toString()));
      values.add("\"" + node.get("enum").get(0).asText() + "x\"");
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.equals("#/$defs/distribution")) {
        enums(schemaTree.at(ref.substring(1)), values);
      }
    }
    for (String nested : List.of("anyOf", "oneOf", "items")) {
      if (node.has(nested)) {
        JsonNode children = node.get(nested);
        if (children instanceof ArrayNode array) {
          array.forEach(child -> enums(child, values));
        } else {
          enums(children, values);
        }
      }
    }
  }

  private static List<String> loaderErrors(JsonNode scenario) throws IOException {
    Path file = dir.resolve("probe.yaml");
    Files.writeString(file, scenario.toPrettyString());
    try {
      new ScenarioLoader(vocabulary).load(file);
      return List.of();
    } catch (InvalidInputException e) {
      return List.of(e.getMessage());
    }
  }
}

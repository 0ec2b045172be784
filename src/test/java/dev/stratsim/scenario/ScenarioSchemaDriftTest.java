package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenario schema names exactly the keys the loader accepts: a key added to the format (a new
 * deal term, say) fails this test until schema/scenario.schema.json describes it too.
 */
class ScenarioSchemaDriftTest {
  private static final JsonNode SCHEMA = read();

  @Test
  void topLevelKeys() {
    assertThat(keys(SCHEMA.get("properties"))).containsExactlyInAnyOrderElementsOf(ScenarioReader.KEYS);
  }

  @Test
  void dealKeys() {
    assertThat(keys(SCHEMA.at("/$defs/deal/properties"))).containsExactlyInAnyOrderElementsOf(DealsReader.KEYS);
  }

  @Test
  void relationKeys() {
    assertThat(keys(SCHEMA.at("/$defs/relation/properties"))).containsExactlyInAnyOrderElementsOf(RelationsReader.KEYS);
  }

  @Test
  void actorFieldsBesideMetrics() {
    assertThat(keys(SCHEMA.at("/$defs/actor/properties"))).containsAll(ActorsReader.FIELDS);
  }

  @Test
  void dealChoices() {
    assertThat(values(SCHEMA.at("/$defs/deal/properties/outcome/anyOf/0/enum"))).isEqualTo(Deal.OUTCOMES);
    assertThat(values(SCHEMA.at("/$defs/deal/properties/exclusivity/anyOf/0/enum"))).isEqualTo(Deal.EXCLUSIVITIES);
    assertThat(values(SCHEMA.at("/$defs/deal/properties/talent/anyOf/0/items/enum"))).isEqualTo(Deal.TALENT);
  }

  @Test
  void distributionKinds() {
    assertThat(values(SCHEMA.at("/$defs/distribution/properties/dist/enum")))
        .isEqualTo(dev.stratsim.uncertainty.DistributionReader.KINDS);
    List<String> branches = new ArrayList<>();
    SCHEMA.at("/$defs/distribution/oneOf").forEach(b -> branches.add(b.at("/properties/dist/const").asText()));
    assertThat(branches).isEqualTo(dev.stratsim.uncertainty.DistributionReader.KINDS);
  }

  @Test
  void correlationKeys() {
    assertThat(keys(SCHEMA.at("/properties/correlations/anyOf/0/items/properties")))
        .containsExactlyInAnyOrderElementsOf(CorrelationsReader.KEYS);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(Path.of("schema/scenario.schema.json").toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

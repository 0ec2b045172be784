package dev.stratsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.YamlDocument;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario with {@code --set} edits written out as a scenario file of its own: the file after
 * {@code extends} is merged and the edits applied, so that {@code run} of it gives exactly the
 * numbers of the original run with those edits, wherever the file is kept.
 */
public final class EditedScenario {
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build())
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private EditedScenario() {}

  /**
   * The YAML of {@code file} with {@code sets} applied, named {@code id}; checked first with the
   * scenario checks, so a file that would not load is never written.
   *
   * @throws InvalidInputException as loading the scenario with the same edits would
   */
  public static String yaml(Vocabulary vocabulary, Path file, List<String> sets, String id) {
    ScenarioTemplate.load(vocabulary, file, sets);
    List<Problem> problems = new ArrayList<>();
    YamlDocument edited = Overrides.apply(ExtendsChain.resolve(file), sets, problems);
    InvalidInputException.throwIfAny(problems);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("id", id);
    for (Map.Entry<String, JsonNode> field : edited.root().properties()) {
      if (!field.getKey().equals("id") && !field.getKey().equals("extends")) {
        root.set(field.getKey(), plain(field.getValue()));
      }
    }
    StringBuilder text = new StringBuilder("# " + id + ": " + file + (sets.isEmpty() ? "" : " with") + "\n");
    sets.forEach(set -> text.append("#   --set ").append(set).append('\n'));
    text.append("# written by stratsim serve; extends merged in, so it stands alone\n");
    try {
      return text.append(YAML.writeValueAsString(root)).toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario tree always writes as YAML", e);
    }
  }

  /**
   * The same tree with every fractional number as a plain decimal: YAML 1.1 reads {@code 1.43E10}
   * (no sign after the E) as text, not a number.
   */
  private static JsonNode plain(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(f -> copy.set(f.getKey(), plain(f.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(plain(item)));
      return copy;
    }
    if (node.isFloatingPointNumber()) {
      BigDecimal value = new BigDecimal(Double.toString(node.doubleValue())).stripTrailingZeros();
      return JsonNodeFactory.instance.numberNode(value.scale() < 0 ? value.setScale(0) : value);
    }
    return node;
  }
}

package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An assumptions overlay ({@code --assumptions FILE}): a file whose {@code assumptions:} are laid
 * over every scenario's, as {@code --set assumptions.NAME=...} would lay them, before the
 * command's own {@code --set}s. {@code calibrate --assumptions-out} writes one with the knobs'
 * remaining uncertainty as distributions, so that {@code simulate}, {@code sensitivity} and
 * {@code report --samples} draw what history does not pin down. Each entry is written as in a
 * scenario: a number, a distribution, or {@code {value: ..., source: ...}}.
 */
public final class AssumptionsOverlay {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AssumptionsOverlay() {}

  /**
   * The overlay as {@code --set} arguments, one per knob in the file's order.
   *
   * @throws InvalidInputException for a file that is not such an overlay or names an unknown knob
   */
  public static List<String> sets(Path file, Vocabulary vocabulary) {
    YamlDocument doc = YamlReader.read(file);
    Checker checker = new Checker(doc);
    List<String> sets = new ArrayList<>();
    checker.at("", doc.root()).map("a map with assumptions: (an assumptions overlay)").ifPresent(root -> {
      checker.onlyKeys(root, "", List.of("assumptions"));
      checker.field(root, "", "assumptions").requiredMap("a map of knob name to its value or distribution")
          .ifPresent(knobs -> knobs.fieldNames().forEachRemaining(name -> {
            if (!vocabulary.knobs().containsKey(name)) {
              checker.keyError("assumptions." + name, "unknown assumption '" + name + "'"
                  + DidYouMean.hint(name, vocabulary.knobs().keySet(), "the knobs are declared in the rules'"
                      + " assumptions.yaml"));
            } else {
              sets.add("assumptions." + name + "=" + json(knobs.get(name)));
            }
          }));
    });
    if (!checker.problems().isEmpty()) {
      throw new InvalidInputException(checker.problems());
    }
    return sets;
  }

  /** The overlay followed by the command's own {@code --set}s, which win. */
  public static List<String> before(Path file, Vocabulary vocabulary, List<String> sets) {
    if (file == null) {
      return sets;
    }
    List<String> all = new ArrayList<>(sets(file, vocabulary));
    all.addAll(sets);
    return all;
  }

  private static String json(JsonNode value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a YAML value always writes as JSON", e);
    }
  }
}

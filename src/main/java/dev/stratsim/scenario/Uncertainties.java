package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.uncertainty.Distribution;
import dev.stratsim.uncertainty.DistributionReader;
import dev.stratsim.uncertainty.Numeric;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Numbers;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the distributions in a scenario tree and puts each one's central value in its place, so
 * the rest of the loader reads plain values. A numeric distribution must stay inside the range of
 * its field, so that every sample is a valid scenario.
 */
final class Uncertainties {
  private final Vocabulary vocabulary;
  private final Checker c;
  private final DistributionReader reader;
  private final List<UncertainInput> inputs = new ArrayList<>();

  Uncertainties(Vocabulary vocabulary, Checker checker) {
    this.vocabulary = vocabulary;
    this.c = checker;
    this.reader = new DistributionReader(checker);
  }

  /** The inputs in the order the merged scenario lists them; {@code root} gets central values. */
  List<UncertainInput> extract(ObjectNode root) {
    walk(root, "");
    return List.copyOf(inputs);
  }

  private void walk(JsonNode node, String path) {
    if (node.isObject()) {
      ObjectNode map = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      map.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = YamlPaths.key(path, name);
        JsonNode value = map.get(name);
        if (DistributionReader.isDistribution(value)) {
          read(child, (ObjectNode) value).ifPresent(central -> map.set(name, central));
        } else {
          walk(value, child);
        }
      }
    } else if (node.isArray()) {
      ArrayNode list = (ArrayNode) node;
      for (int i = 0; i < list.size(); i++) {
        String child = YamlPaths.index(path, i);
        if (DistributionReader.isDistribution(list.get(i))) {
          int at = i;
          read(child, (ObjectNode) list.get(i)).ifPresent(central -> list.set(at, central));
        } else {
          walk(list.get(i), child);
        }
      }
    }
  }

  private Optional<JsonNode> read(String path, ObjectNode map) {
    Optional<VaryingFields.Field> field = VaryingFields.at(path, vocabulary);
    if (field.isEmpty()) {
      c.error(path, path + " cannot be a distribution; " + VaryingFields.WHICH);
      return Optional.empty();
    }
    Optional<Distribution> read = reader.read(path, map).filter(d -> fits(path, d, field.get()));
    read.ifPresent(d -> inputs.add(new UncertainInput(path, d, c.location(path))));
    return read.map(Distribution::central);
  }

  private boolean fits(String path, Distribution distribution, VaryingFields.Field field) {
    if (!(distribution instanceof Numeric numeric)) {
      return true; // each value of a choice is checked like a written value, once all is read
    }
    if (field.choiceOnly() != null) {
      c.error(path, path + " takes " + field.choiceOnly() + ", so it can vary only as a choice,"
          + " e.g. {dist: choice, values: {A: 0.6, B: 0.4}}");
      return false;
    }
    Range range = field.range();
    if (numeric.min() < range.min() || numeric.max() > range.max()) {
      c.error(path, path + " must be " + range.describe("a number") + ", but "
          + numeric.describe() + " takes values from " + Numbers.format(numeric.min()) + " to "
          + Numbers.format(numeric.max()) + "; bound it with min: and max: inside that range so"
          + " every sample is valid");
      return false;
    }
    return true;
  }
}

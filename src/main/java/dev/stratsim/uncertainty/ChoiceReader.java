package dev.stratsim.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import dev.stratsim.yaml.YamlReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code {dist: choice, values: {VALUE: PROBABILITY, ...}}}. */
final class ChoiceReader {
  private final Checker c;

  ChoiceReader(Checker checker) {
    this.c = checker;
  }

  Optional<Choice> read(String path, ObjectNode map, String text) {
    String valuesPath = YamlPaths.key(path, "values");
    Optional<ObjectNode> values = c.field(map, path, "values")
        .requiredMap("a map of each value to its probability, e.g. {closed: 0.7, collapsed: 0.3}");
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.get().isEmpty()) {
      c.error(valuesPath, valuesPath + " is empty; list each value with its probability");
      return Optional.empty();
    }
    List<Choice.Option> options = new ArrayList<>();
    // Summed as decimals, so 0.6 + 0.3 shows as 0.9, as written, not 0.8999999999999999.
    BigDecimal sum = BigDecimal.ZERO;
    boolean valid = true;
    for (var names = values.get().fieldNames(); names.hasNext(); ) {
      String label = names.next();
      var weight = c.field(values.get(), valuesPath, label).requiredNumber(Range.SHARE);
      valid &= weight.isPresent();
      sum = sum.add(BigDecimal.valueOf(weight.orElse(0)));
      options.add(new Choice.Option(label, value(label), weight.orElse(0)));
    }
    if (valid && Math.abs(sum.doubleValue() - 1) > DistributionReader.WEIGHT_TOLERANCE) {
      c.error(valuesPath, valuesPath + " has probabilities that add up to " + sum.stripTrailingZeros().toPlainString()
          + "; they must add up to 1");
      return Optional.empty();
    }
    return valid ? Optional.of(new Choice(text, options)) : Optional.empty();
  }

  /** A label read as the YAML value it spells: {@code 2025} a number, {@code true} a boolean. */
  private static JsonNode value(String label) {
    try {
      JsonNode node = YamlReader.readValue(label, "a choice").root();
      return node.isValueNode() && !node.isNull() ? node : TextNode.valueOf(label);
    } catch (InvalidInputException e) {
      return TextNode.valueOf(label);
    }
  }
}

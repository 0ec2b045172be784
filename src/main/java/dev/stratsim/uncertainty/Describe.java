package dev.stratsim.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.yaml.Numbers;
import java.util.ArrayList;
import java.util.List;

/** A distribution as one line of YAML flow text, for messages and reports. */
final class Describe {
  private Describe() {}

  static String of(JsonNode map) {
    List<String> parts = new ArrayList<>();
    map.fieldNames().forEachRemaining(name -> {
      if (!name.equals("source")) {
        parts.add(name + ": " + value(map.get(name)));
      }
    });
    return "{" + String.join(", ", parts) + "}";
  }

  private static String value(JsonNode node) {
    if (node.isObject()) {
      return of(node);
    }
    if (node.isNumber()) {
      return Numbers.format(node.doubleValue());
    }
    return node.isNull() ? "~" : node.asText();
  }
}

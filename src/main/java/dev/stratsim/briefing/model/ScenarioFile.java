package dev.stratsim.briefing.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a scenario file says about itself, not merged with its parents: the scenario it extends,
 * and its own description (a child that has none must not show its parent's).
 */
record ScenarioFile(Optional<Path> parent, Optional<String> description) {

  /** Reads a file the scenario loader has already accepted, so it parses. */
  static ScenarioFile of(Path file) {
    JsonNode root = YamlReader.read(file).root();
    Optional<Path> parent = text(root, "extends").flatMap(id -> Stream.of(".yaml", ".yml")
        .map(ext -> file.resolveSibling(id + ext)).filter(Files::isRegularFile).findFirst());
    return new ScenarioFile(parent, text(root, "description").map(String::strip));
  }

  private static Optional<String> text(JsonNode root, String key) {
    JsonNode node = root.get(key);
    return node != null && node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText())
        : Optional.empty();
  }
}

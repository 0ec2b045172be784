package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * A parsed YAML file as a plain tree, with where each value and each key was written.
 *
 * <p>Paths look like {@code deals[0].stake} or {@code actors.meta.data}; the root is {@code ""}.
 * The tree is shared, not copied: treat it as read-only.
 *
 * @param values location of the value at each path
 * @param keys location of the key that introduced each path (maps only)
 */
public record YamlDocument(
    Path file, JsonNode root, Map<String, Location> values, Map<String, Location> keys) {

  public YamlDocument {
    values = Map.copyOf(values);
    keys = Map.copyOf(keys);
  }
}

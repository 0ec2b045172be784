package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Lays one document over another: maps merge key by key, anything else (lists included) from the
 * overlay replaces the base. Each value keeps the location of the file it came from, so a problem
 * in an inherited value points at the parent file.
 */
public final class YamlMerge {
  private final YamlDocument base;
  private final YamlDocument overlay;
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();

  private YamlMerge(YamlDocument base, YamlDocument overlay) {
    this.base = base;
    this.overlay = overlay;
  }

  /** The merged document; it is named after the overlay's file. */
  public static YamlDocument merge(YamlDocument base, YamlDocument overlay) {
    YamlMerge merge = new YamlMerge(base, overlay);
    JsonNode root = merge.node("", base.root(), overlay.root());
    return new YamlDocument(overlay.file(), root, merge.values, merge.keys);
  }

  private JsonNode node(String path, JsonNode under, JsonNode over) {
    if (!under.isObject() || !over.isObject()) {
      return copy(overlay, path, over);
    }
    put(overlay, path);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    // Base keys first, in base order, so a child scenario keeps its parent's actor order.
    under.fieldNames().forEachRemaining(name -> {
      String child = YamlPaths.key(path, name);
      out.set(name, over.has(name) ? node(child, under.get(name), over.get(name))
          : copy(base, child, under.get(name)));
    });
    over.fieldNames().forEachRemaining(name -> {
      if (!under.has(name)) {
        out.set(name, copy(overlay, YamlPaths.key(path, name), over.get(name)));
      }
    });
    return out;
  }

  private JsonNode copy(YamlDocument from, String path, JsonNode node) {
    locate(from, path, node);
    return node.deepCopy();
  }

  private void locate(YamlDocument from, String path, JsonNode node) {
    put(from, path);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name ->
          locate(from, YamlPaths.key(path, name), node.get(name)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        locate(from, YamlPaths.index(path, i), node.get(i));
      }
    }
  }

  private void put(YamlDocument from, String path) {
    Location value = from.values().get(path);
    if (value != null) {
      values.put(path, value);
    }
    Location key = from.keys().get(path);
    if (key != null) {
      keys.put(path, key);
    }
  }
}

package dev.stratsim.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Builds a plain tree from parser tokens, noting where every value and key sits.
 *
 * <p>We walk the tokens ourselves rather than let Jackson bind: that gives locations, catches
 * duplicate keys, and never creates anything but JSON nodes. Jackson hands aliases over as bare
 * anchor names, so they are expanded here, with limits that stop "billion laughs" files.
 */
final class TreeBuilder {
  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 50;
  static final int MAX_NODES = 100_000;
  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private final AnchoringYamlFactory.Parser parser;
  private final BiFunction<Integer, Integer, Location> at;
  private final String rootName;
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, Anchor> anchors = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private int aliases;
  private int nodes;

  private record Anchor(JsonNode node, int size) {}

  /** {@code rootName}: how messages call the whole document, e.g. "the file". */
  TreeBuilder(AnchoringYamlFactory.Parser parser, BiFunction<Integer, Integer, Location> at, String rootName) {
    this.parser = parser;
    this.at = at;
    this.rootName = rootName;
  }

  Map<String, Location> values() {
    return values;
  }

  Map<String, Location> keys() {
    return keys;
  }

  List<Problem> problems() {
    return problems;
  }

  /** The document's root, or null when there is no document at all (only comments). */
  JsonNode build() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return null;
    }
    JsonNode root = value(first, "", 0);
    if (parser.nextToken() != null) {
      problems.add(here().problem(
          "only one YAML document is allowed per file; remove this '---' and what follows"));
    }
    return root;
  }

  private JsonNode value(JsonToken token, String path, int depth) throws IOException {
    Location here = here();
    values.put(path, here);
    checkTag(here);
    boolean alias = token == JsonToken.VALUE_STRING && parser.isCurrentAlias();
    String anchor = alias ? null : parser.anchor();
    int before = nodes;
    JsonNode node;
    if (alias) {
      node = alias(parser.getText(), path, here);
    } else if (token == JsonToken.START_OBJECT) {
      node = object(path, depth + 1, here);
    } else if (token == JsonToken.START_ARRAY) {
      node = array(path, depth + 1, here);
    } else if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      throw fail(here, "binary values are not allowed; write text or numbers");
    } else {
      count(1, here);
      node = Scalars.node(token, parser.getText());
    }
    if (anchor != null) {
      anchors.put(anchor, new Anchor(node, nodes - before));
    }
    return node;
  }

  private ObjectNode object(String path, int depth, Location start) throws IOException {
    enter(depth, start);
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Location keyAt = here();
      String child = YamlPaths.key(path, name);
      JsonToken valueToken = parser.nextToken();
      if (name.equals("<<")) {
        problems.add(keyAt.problem(
            "merge keys ('<<') are not supported; write the keys out or use extends"));
        parser.skipChildren();
      } else if (object.has(name)) {
        String where = path.isEmpty() ? rootName : path;
        problems.add(keyAt.problem("duplicate key '" + name + "' in " + where
            + firstAt(keys.get(child)) + "; remove or rename one"));
        parser.skipChildren();
      } else {
        keys.put(child, keyAt);
        object.set(name, value(valueToken, child, depth));
      }
    }
    return object;
  }

  private ArrayNode array(String path, int depth, Location start) throws IOException {
    enter(depth, start);
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      array.add(value(token, YamlPaths.index(path, array.size()), depth));
    }
    return array;
  }

  private JsonNode alias(String name, String path, Location here) {
    Anchor anchor = anchors.get(name);
    if (anchor == null) {
      throw fail(here, "alias '*" + name + "' is not defined above; define it first with '&"
          + name + "'");
    }
    if (++aliases > MAX_ALIASES) {
      throw fail(here, "more than " + MAX_ALIASES + " aliases (*name); write the values out");
    }
    count(anchor.size(), here);
    JsonNode copy = anchor.node().deepCopy();
    locateAll(copy, path, here);
    return copy;
  }

  /** Values copied from an anchor are reported where the alias is used. */
  private void locateAll(JsonNode node, String path, Location here) {
    values.put(path, here);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        keys.put(YamlPaths.key(path, name), here);
        locateAll(node.get(name), YamlPaths.key(path, name), here);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        locateAll(node.get(i), YamlPaths.index(path, i), here);
      }
    }
  }

  private void enter(int depth, Location here) {
    if (depth > MAX_DEPTH) {
      throw fail(here, "values are nested more than " + MAX_DEPTH + " levels deep; flatten them");
    }
    count(1, here);
  }

  private void count(int size, Location here) {
    nodes += size;
    if (nodes > MAX_NODES) {
      throw fail(here, "the document expands to more than " + MAX_NODES
          + " values; use fewer aliases (*name) or split the file");
    }
  }

  private void checkTag(Location here) throws IOException {
    String tag = parser.getTypeId();
    if (tag == null) {
      return;
    }
    if (tag.startsWith(CORE) && CORE_TAGS.contains(tag.substring(CORE.length()))) {
      return;
    }
    String shown = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
    problems.add(here.problem("tag '" + shown + "' is not allowed; remove it and write a plain"
        + " value"));
  }

  private static String firstAt(Location first) {
    return first == null || first.line() == 0 ? "" : " (first at line " + first.line() + ")";
  }

  private Location here() {
    JsonLocation loc = parser.currentTokenLocation();
    return at.apply(Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
  }

  private InvalidInputException fail(Location here, String message) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(here.problem(message));
    return new InvalidInputException(all);
  }
}

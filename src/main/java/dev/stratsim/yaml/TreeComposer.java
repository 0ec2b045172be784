package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Composes a plain tree from SnakeYAML's parser events, noting where every value and key sits.
 *
 * <p>This does the job of SnakeYAML's own Composer, which we do not use: its nodes share one object
 * for an anchor and each of its aliases, so where an alias was written is lost, and it enforces
 * alias and depth limits with its own messages (without a line) before anything here could. Reading
 * events instead gives every alias its place, catches duplicate keys, and only ever creates plain
 * data. Aliases are expanded here, within {@link YamlLimits}, which stops "billion laughs" files.
 *
 * <p>The tree is Jackson's {@code JsonNode}, as it was when Jackson's YAML parser fed it: over
 * thirty readers, {@link YamlMerge} and the YAML writer of {@code scenario.EditedScenario} take
 * that type, and SnakeYAML's nodes would carry nothing more they need (docs/architecture.md).
 */
final class TreeComposer {
  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private final EventStream events;
  private final String rootName;
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, Anchor> anchors = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private int aliases;
  private int nodes;

  /** A value with an {@code &name}, and how many values it counts for when an alias repeats it. */
  private record Anchor(JsonNode node, int size) {}

  /** {@code rootName}: how messages call the whole document, e.g. "the file". */
  TreeComposer(EventStream events, String rootName) {
    this.events = events;
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

  /**
   * The document's root, or null when there is no document at all (only comments).
   *
   * @throws MarkedYAMLException for text that is not YAML, to be worded by {@link SyntaxErrors}
   * @throws InvalidInputException past a limit, or for a value that cannot be read
   */
  JsonNode build() {
    Event first = events.next();
    if (first == null) {
      return null;
    }
    JsonNode root = value(first, "", 0);
    Event second = events.next();
    if (second != null) {
      events.kind(second); // a value that cannot be read stops the reading even here
      problems.add(events.here(second).problem(
          "only one YAML document is allowed per file; remove this '---' and what follows"));
    }
    return root;
  }

  private JsonNode value(Event event, String path, int depth) {
    ScalarTypes.Kind kind = events.kind(event);
    Location here = events.here(event);
    values.put(path, here);
    checkTag(event, here);
    String anchor = event instanceof NodeEvent node && !(event instanceof AliasEvent)
        ? node.getAnchor() : null;
    int before = nodes;
    JsonNode node;
    if (event instanceof AliasEvent alias) {
      node = alias(alias.getAnchor(), path, here);
    } else if (event.is(Event.ID.MappingStart)) {
      node = object(path, depth + 1, here);
    } else if (event.is(Event.ID.SequenceStart)) {
      node = array(path, depth + 1, here);
    } else if (kind == ScalarTypes.Kind.BINARY) {
      throw fail(here, "binary values are not allowed; write text or numbers");
    } else {
      count(1, here);
      node = Scalars.node(kind, ((ScalarEvent) event).getValue());
    }
    if (anchor != null) {
      anchors.put(anchor, new Anchor(node, nodes - before));
    }
    return node;
  }

  private ObjectNode object(String path, int depth, Location start) {
    enter(depth, start);
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Event event = events.next(); !event.is(Event.ID.MappingEnd); event = events.next()) {
      String name = events.key(event);
      Location keyAt = events.here(event);
      String child = YamlPaths.key(path, name);
      Event value = events.next();
      if (name.equals("<<")) {
        problems.add(keyAt.problem(
            "merge keys ('<<') are not supported; write the keys out or use extends"));
        events.skip(value);
      } else if (object.has(name)) {
        String where = path.isEmpty() ? rootName : path;
        problems.add(keyAt.problem("duplicate key '" + name + "' in " + where
            + firstAt(keys.get(child)) + "; remove or rename one"));
        events.skip(value);
      } else {
        keys.put(child, keyAt);
        object.set(name, value(value, child, depth));
      }
    }
    return object;
  }

  private ArrayNode array(String path, int depth, Location start) {
    enter(depth, start);
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Event event = events.next(); !event.is(Event.ID.SequenceEnd); event = events.next()) {
      array.add(value(event, YamlPaths.index(path, array.size()), depth));
    }
    return array;
  }

  private JsonNode alias(String name, String path, Location here) {
    Anchor anchor = anchors.get(name);
    if (anchor == null) {
      throw fail(here, "alias '*" + name + "' is not defined above; define it first with '&"
          + name + "'");
    }
    if (++aliases > YamlLimits.MAX_ALIASES) {
      throw fail(here, "more than " + YamlLimits.MAX_ALIASES
          + " aliases (*name); write the values out");
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
    if (depth > YamlLimits.MAX_DEPTH) {
      throw fail(here, "values are nested more than " + YamlLimits.MAX_DEPTH
          + " levels deep; flatten them");
    }
    count(1, here);
  }

  private void count(int size, Location here) {
    nodes += size;
    if (nodes > YamlLimits.MAX_NODES) {
      throw fail(here, "the document expands to more than " + YamlLimits.MAX_NODES
          + " values; use fewer aliases (*name) or split the file");
    }
  }

  /** Only the core YAML tags are allowed; anything else could ask for a type we never want. */
  private void checkTag(Event event, Location here) {
    String tag = event instanceof CollectionStartEvent start ? start.getTag()
        : event instanceof ScalarEvent scalar ? scalar.getTag() : null;
    if (tag == null) {
      return;
    }
    // "!foo" and "!<!foo>" are both shown as '!foo'; a lone '!' as '!'.
    while (tag.startsWith("!")) {
      tag = tag.substring(1);
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

  /** A limit or a refused value: the problems found so far, then this one. */
  private InvalidInputException fail(Location here, String message) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(here.problem(message));
    return new InvalidInputException(all);
  }
}

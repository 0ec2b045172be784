package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Composes a plain tree from SnakeYAML's parser events, noting where every value and key sits.
 *
 * <p>This does the job of SnakeYAML's own Composer, which we do not use: its nodes share one object
 * for an anchor and each of its aliases, so where an alias was written is lost, and it enforces
 * alias and depth limits with its own messages (without a line) before anything here could. Reading
 * events instead gives every alias its place, catches duplicate keys, and only ever creates JSON
 * nodes. Aliases are expanded here, within {@link YamlLimits}, which stops "billion laughs" files.
 *
 * <p>Events are pulled one at a time, never peeked, so a failure in the text (a control character,
 * say) is placed after the last value read, as it was when Jackson drove the same parser.
 */
final class TreeComposer {
  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private final Parser events;
  private final BiFunction<Integer, Integer, Location> at;
  private final String rootName;
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, Anchor> anchors = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private Event last;
  private int aliases;
  private int nodes;

  /** A value with an {@code &name}, and how many values it counts for when an alias repeats it. */
  private record Anchor(JsonNode node, int size) {}

  /** {@code rootName}: how messages call the whole document, e.g. "the file". */
  TreeComposer(Parser events, BiFunction<Integer, Integer, Location> at, String rootName) {
    this.events = events;
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

  /**
   * The document's root, or null when there is no document at all (only comments).
   *
   * @throws MarkedYAMLException for text that is not YAML, to be worded by {@link SyntaxErrors}
   * @throws InvalidInputException past a limit, or for a value that cannot be read
   */
  JsonNode build() {
    Event first = next();
    if (first == null) {
      return null;
    }
    JsonNode root = value(first, "", 0);
    Event second = next();
    if (second != null) {
      kind(second);
      problems.add(here(second).problem(
          "only one YAML document is allowed per file; remove this '---' and what follows"));
    }
    return root;
  }

  private JsonNode value(Event event, String path, int depth) {
    ScalarTypes.Kind kind = kind(event);
    Location here = here(event);
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
    for (Event event = next(); !event.is(Event.ID.MappingEnd); event = next()) {
      String name = key(event);
      Location keyAt = here(event);
      String child = YamlPaths.key(path, name);
      Event value = next();
      if (name.equals("<<")) {
        problems.add(keyAt.problem(
            "merge keys ('<<') are not supported; write the keys out or use extends"));
        skip(value);
      } else if (object.has(name)) {
        String where = path.isEmpty() ? rootName : path;
        problems.add(keyAt.problem("duplicate key '" + name + "' in " + where
            + firstAt(keys.get(child)) + "; remove or rename one"));
        skip(value);
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
    for (Event event = next(); !event.is(Event.ID.SequenceEnd); event = next()) {
      array.add(value(event, YamlPaths.index(path, array.size()), depth));
    }
    return array;
  }

  /**
   * A key is the text of a scalar, whatever its tag or quotes ({@code 1:} is the key "1"). A list,
   * map or alias as a key is refused in the words stratsim always used for it.
   */
  private String key(Event event) {
    if (event instanceof ScalarEvent scalar) {
      return scalar.getValue();
    }
    throw syntax(event.getEndMark(),
        "Expected a field name (Scalar value in YAML), got this instead: " + event);
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

  /**
   * Passes over the value of a refused key (a duplicate, or '<<') without building, counting or
   * anchoring anything in it; keys and scalars in it must still be readable. A loop, not recursion,
   * so no depth is too deep to pass over.
   */
  private void skip(Event first) {
    kind(first);
    Deque<Open> open = new ArrayDeque<>();
    if (first instanceof CollectionStartEvent) {
      open.push(new Open(first.is(Event.ID.MappingStart)));
    }
    while (!open.isEmpty()) {
      Event event = next();
      Open inside = open.peek();
      if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        open.pop();
        if (!open.isEmpty()) {
          open.peek().valueDone();
        }
      } else if (inside.atKey) {
        key(event);
        inside.atKey = false;
      } else if (event instanceof CollectionStartEvent) {
        open.push(new Open(event.is(Event.ID.MappingStart)));
      } else {
        kind(event);
        inside.valueDone();
      }
    }
  }

  /** A map or list being passed over; a map alternates between keys and values. */
  private static final class Open {
    private final boolean map;
    private boolean atKey;

    Open(boolean map) {
      this.map = map;
      this.atKey = map;
    }

    void valueDone() {
      atKey = map;
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

  /** The kind of a scalar value, read as soon as it is met so that a bad one stops the reading. */
  private ScalarTypes.Kind kind(Event event) {
    if (!(event instanceof ScalarEvent scalar)) {
      return null;
    }
    try {
      return ScalarTypes.kind(scalar);
    } catch (ScalarTypes.Unreadable e) {
      throw syntax(scalar.getEndMark(), e.getMessage());
    }
  }

  /** The next event that is part of a document's content; null at the end of the text. */
  private Event next() {
    while (true) {
      Event event = read();
      last = event;
      if (event.is(Event.ID.StreamEnd)) {
        return null;
      }
      if (!event.is(Event.ID.StreamStart) && !event.is(Event.ID.DocumentStart)
          && !event.is(Event.ID.DocumentEnd)) {
        return event;
      }
    }
  }

  private Event read() {
    try {
      return events.getEvent();
    } catch (MarkedYAMLException e) {
      throw e;
    } catch (YAMLException e) {
      // Without a place of its own (a control character, too much text): after the last event.
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof MarkedYAMLException marked) {
          throw marked;
        }
      }
      throw syntax(last == null ? null : last.getEndMark(), e.getMessage());
    } catch (NumberFormatException e) {
      // SnakeYAML has let these out of its scanner on fuzzed input.
      throw syntax(last == null ? null : last.getEndMark(), "Malformed Number token: failed to"
          + " tokenize due to (" + e.getClass().getName() + "): " + e.getMessage());
    }
  }

  private static String firstAt(Location first) {
    return first == null || first.line() == 0 ? "" : " (first at line " + first.line() + ")";
  }

  private Location here(Event event) {
    return place(event.getStartMark());
  }

  private Location place(Mark mark) {
    return mark == null ? at.apply(0, 0) : at.apply(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Text that cannot be read: one problem, and none of those found before it. */
  private InvalidInputException syntax(Mark mark, String message) {
    return new InvalidInputException(place(mark).problem(SyntaxErrors.message(message)));
  }

  /** A limit or a refused value: the problems found so far, then this one. */
  private InvalidInputException fail(Location here, String message) {
    List<Problem> all = new ArrayList<>(problems);
    all.add(here.problem(message));
    return new InvalidInputException(all);
  }
}

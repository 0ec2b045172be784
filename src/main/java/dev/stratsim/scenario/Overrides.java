package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlPaths;
import dev.stratsim.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set PATH=VALUE} arguments to a merged scenario tree, before validation, so a
 * value set on the command line is checked like one written in the file.
 */
final class Overrides {
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z0-9_-]+(\\[\\d+])*(\\.[A-Za-z0-9_-]+(\\[\\d+])*)*");
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)|\\[(\\d+)]");

  private final ObjectNode root;
  private final Map<String, Location> values;
  private final Map<String, Location> keys;
  private final List<Problem> problems;

  private Overrides(YamlDocument doc, List<Problem> problems) {
    this.root = doc.root().deepCopy();
    this.values = new HashMap<>(doc.values());
    this.keys = new HashMap<>(doc.keys());
    this.problems = problems;
  }

  /** The document with every valid override applied; the others are added to {@code problems}. */
  static YamlDocument apply(YamlDocument doc, List<String> sets, List<Problem> problems) {
    Overrides overrides = new Overrides(doc, problems);
    sets.forEach(overrides::apply);
    return new YamlDocument(doc.file(), overrides.root, overrides.values, overrides.keys);
  }

  /**
   * The document with each edit applied like a {@code --set}; problems name the edit's origin.
   * Values are already parsed, so nothing is read as YAML again.
   */
  static YamlDocument edit(YamlDocument doc, List<Edit> edits, List<Problem> problems) {
    Overrides overrides = new Overrides(doc, problems);
    for (Edit edit : edits) {
      if (!PATH.matcher(edit.path()).matches()) {
        overrides.fail(edit.origin(), "'" + edit.path() + "' is not a path; join keys with dots"
            + " and write list items as [index], e.g. deals[0].stake");
      } else {
        YamlDocument value = new YamlDocument(null, edit.value(),
            Map.of("", Location.of(edit.origin())), Map.of());
        overrides.set(segments(edit.path()), value, edit.origin());
      }
    }
    return new YamlDocument(doc.file(), overrides.root, overrides.values, overrides.keys);
  }

  private void apply(String set) {
    String origin = "--set " + set;
    int eq = set.indexOf('=');
    String path = eq < 0 ? "" : set.substring(0, eq).strip();
    if (path.isEmpty()) {
      fail(origin, "expected PATH=VALUE, e.g. --set deals[0].stake=0.3");
    } else if (!PATH.matcher(path).matches()) {
      fail(origin, "'" + path + "' is not a path; join keys with dots and write list items as"
          + " [index], e.g. deals[0].stake");
    } else {
      try {
        set(segments(path), YamlReader.readValue(set.substring(eq + 1), origin), origin);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
  }

  /**
   * Names (String) and list indexes (Integer) of a path that has matched {@link #PATH}. An index
   * too large for an int becomes {@link Integer#MAX_VALUE}, which no list reaches, so it is
   * reported like any index past the end.
   */
  static List<Object> segments(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : (Object) index(m.group(2)));
    }
    return out;
  }

  private static int index(String digits) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    return significant.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(significant);
  }

  private void set(List<Object> segments, YamlDocument value, String origin) {
    JsonNode container = root;
    String path = "";
    for (int i = 0; i < segments.size(); i++) {
      Object segment = segments.get(i);
      String problem = cannotStep(container, path, segment);
      if (problem != null) {
        fail(origin, problem);
        return;
      }
      String child = segment instanceof Integer n ? YamlPaths.index(path, n)
          : YamlPaths.key(path, (String) segment);
      if (i == segments.size() - 1) {
        put(container, segment, value.root());
        relocate(child, value, Location.of(origin));
        return;
      }
      JsonNode next = segment instanceof Integer n ? container.get(n)
          : container.get((String) segment);
      if (next == null || next.isNull()) {
        if (segments.get(i + 1) instanceof Integer) {
          fail(origin, child + " has no entries");
          return;
        }
        // A new key may be added; validation judges whether it belongs there.
        next = JsonNodeFactory.instance.objectNode();
        put(container, segment, next);
        values.put(child, Location.of(origin));
        keys.put(child, Location.of(origin));
      }
      container = next;
      path = child;
    }
  }

  /** Why {@code segment} cannot be looked up in {@code container}, or null if it can. */
  private static String cannotStep(JsonNode container, String path, Object segment) {
    if (container.isObject()) {
      return segment instanceof Integer ? path + " is a map, not a list; use " + path + ".KEY"
          : null;
    }
    if (container.isArray()) {
      if (!(segment instanceof Integer n)) {
        return path + " is a list, not a map; use " + path + "[INDEX]";
      }
      int size = container.size();
      return n < size ? null : path + " has " + (size == 0 ? "no entries"
          : size == 1 ? "1 entry" : size + " entries");
    }
    return path + " is " + Checker.show(container) + ", not a map or list";
  }

  private static void put(JsonNode container, Object segment, JsonNode value) {
    if (segment instanceof Integer n) {
      ((ArrayNode) container).set(n, value);
    } else {
      ((ObjectNode) container).set((String) segment, value);
    }
  }

  /** Forgets where the replaced value was written and points its new contents at the --set. */
  private void relocate(String path, YamlDocument value, Location origin) {
    values.keySet().removeIf(p -> YamlPaths.within(p, path));
    keys.keySet().removeIf(p -> YamlPaths.within(p, path));
    keys.put(path, origin);
    values.put(path, origin);
    value.values().keySet().forEach(p -> values.put(join(path, p), origin));
    value.keys().keySet().forEach(p -> keys.put(join(path, p), origin));
  }

  private static String join(String path, String relative) {
    if (relative.isEmpty() || relative.startsWith("[")) {
      return path + relative;
    }
    return path + "." + relative;
  }

  private void fail(String origin, String message) {
    problems.add(Problem.general(origin + ": " + message));
  }
}

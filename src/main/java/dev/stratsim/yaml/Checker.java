package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a {@link YamlDocument} while collecting every problem with its location, so a user
 * sees all mistakes at once instead of fixing them one run at a time.
 */
public final class Checker {
  private final YamlDocument doc;
  private final List<Problem> problems = new ArrayList<>();

  public Checker(YamlDocument doc) {
    this.doc = doc;
  }

  /**
   * The problems in reading order: those without a file (from --set) first, then by file in the
   * order files were first mentioned, then by line and column.
   */
  public List<Problem> problems() {
    Map<Path, Integer> fileRank = new HashMap<>();
    problems.forEach(p -> fileRank.putIfAbsent(p.file(), fileRank.size()));
    Comparator<Problem> order = Comparator
        .comparingInt((Problem p) -> p.file() == null ? -1 : fileRank.get(p.file()))
        .thenComparingInt(Problem::line)
        .thenComparingInt(Problem::column);
    return problems.stream().sorted(order).toList();
  }

  public void add(Problem problem) {
    problems.add(problem);
  }

  /** The field {@code key} of a map at {@code parentPath}; it may be absent. */
  public Field field(ObjectNode parent, String parentPath, String key) {
    return new Field(this, YamlPaths.key(parentPath, key), parent.get(key));
  }

  /** The value {@code node} found at {@code path}. */
  public Field at(String path, JsonNode node) {
    return new Field(this, path, node);
  }

  /** Where the value at {@code path} was written, or the nearest enclosing value that is known. */
  public Location location(String path) {
    for (String p = path; p != null; p = YamlPaths.parent(p)) {
      Location found = doc.values().get(p);
      if (found != null) {
        return found;
      }
    }
    return Location.at(doc.file(), 0, 0);
  }

  public void error(String path, String message) {
    problems.add(location(path).problem(message));
  }

  /** A problem about the key itself (unknown, misspelled), pointing at the key. */
  public void keyError(String path, String message) {
    Location key = doc.keys().get(path);
    problems.add((key != null ? key : location(path)).problem(message));
  }

  /**
   * Reports every key of {@code map} not in {@code allowed}, suggesting the closest allowed key or
   * listing them all.
   */
  public void onlyKeys(ObjectNode map, String path, Collection<String> allowed) {
    map.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        String where = path.isEmpty() ? "at the top level" : "in " + path;
        keyError(YamlPaths.key(path, name), "unknown key '" + name + "' " + where
            + DidYouMean.hint(name, allowed, "allowed keys: " + String.join(", ", allowed)));
      }
    });
  }

  /** How a message shows a value the user wrote: {@code 'half'}, {@code 1.5}, {@code a list}. */
  public static String show(JsonNode node) {
    if (node == null || node.isNull()) {
      return "nothing";
    }
    if (node.isTextual()) {
      String text = node.asText();
      return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
    }
    if (node.isNumber()) {
      return Numbers.format(node.doubleValue());
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isObject() ? "a map" : node.asText();
  }
}

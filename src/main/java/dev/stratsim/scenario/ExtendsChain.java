package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlMerge;
import dev.stratsim.yaml.YamlPaths;
import dev.stratsim.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Follows {@code extends} from a scenario to its ancestors and merges them, farthest ancestor
 * first. A parent's {@code id} is not inherited: a child is named after its own file.
 */
final class ExtendsChain {
  static final int MAX_LENGTH = 20;

  private ExtendsChain() {}

  static YamlDocument resolve(Path file) {
    return resolve(file, new ArrayList<>());
  }

  /** As {@link #resolve(Path)}, adding to {@code read} each file of the chain, the scenario first. */
  static YamlDocument resolve(Path file, List<Path> read) {
    List<YamlDocument> docs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    YamlDocument doc = readMap(file);
    while (true) {
      docs.add(doc);
      read.add(doc.file());
      names.add(Ids.stem(doc.file()));
      seen.add(doc.file().toAbsolutePath().normalize());
      JsonNode parentId = doc.root().get("extends");
      if (parentId == null || parentId.isNull()) {
        break;
      }
      Path parent = parent(doc, parentId, names, seen);
      doc = readMap(parent);
    }
    // The last is the root of the chain: a parent, unless the scenario extends none, when its own id stays.
    YamlDocument merged = strip(docs.get(docs.size() - 1), docs.size() > 1);
    for (int i = docs.size() - 2; i >= 0; i--) {
      merged = YamlMerge.merge(merged, strip(docs.get(i), i > 0));
    }
    return merged;
  }

  private static Path parent(YamlDocument doc, JsonNode node, List<String> names, Set<Path> seen) {
    Location at = doc.values().get("extends");
    if (!node.isTextual() || !Ids.valid(node.asText())) {
      throw fail(at, "extends must be the id of another scenario in the same folder (its file"
          + " name without .yaml), not " + Checker.show(node));
    }
    String id = node.asText();
    String chain = String.join(" -> ", names) + " -> " + id;
    Path dir = doc.file().toAbsolutePath().getParent();
    Path found = Stream.of(".yaml", ".yml").map(ext -> doc.file().resolveSibling(id + ext))
        .filter(Files::isRegularFile).findFirst().orElse(null);
    if (found == null) {
      throw fail(at, "extends '" + id + "' names no scenario: there is no " + id + ".yaml next to "
          + doc.file().getFileName() + " (chain: " + chain + ")"
          + DidYouMean.hint(id, siblings(dir), "check the id or create the file"));
    }
    if (seen.contains(found.toAbsolutePath().normalize())) {
      throw fail(at, "extends makes a cycle: " + chain + "; remove one of these extends");
    }
    if (names.size() >= MAX_LENGTH) {
      throw fail(at, "extends chain is longer than " + MAX_LENGTH + " files (" + chain
          + "); flatten it");
    }
    return found;
  }

  private static YamlDocument readMap(Path file) {
    YamlDocument doc = YamlReader.read(file);
    if (!doc.root().isObject()) {
      throw fail(doc.values().get(""), "a scenario must be a map of keys such as title, period"
          + " and actors, not " + Checker.show(doc.root()));
    }
    return doc;
  }

  /** The document without {@code extends} (already followed) and, for parents, {@code id}. */
  private static YamlDocument strip(YamlDocument doc, boolean dropId) {
    ObjectNode root = doc.root().deepCopy();
    List<String> dropped = dropId ? List.of("extends", "id") : List.of("extends");
    dropped.forEach(root::remove);
    return new YamlDocument(doc.file(), root, without(doc.values(), dropped),
        without(doc.keys(), dropped));
  }

  private static Map<String, Location> without(Map<String, Location> map, List<String> dropped) {
    Map<String, Location> out = new HashMap<>(map);
    out.keySet().removeIf(path -> dropped.stream().anyMatch(d -> YamlPaths.within(path, d)));
    return out;
  }

  private static List<String> siblings(Path dir) {
    if (dir == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(Path::getFileName).map(Path::toString)
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
          .map(n -> Ids.stem(Path.of(n))).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static InvalidInputException fail(Location at, String message) {
    return new InvalidInputException(at.problem(message));
  }
}

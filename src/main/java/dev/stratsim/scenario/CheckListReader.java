package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.expect.ExpressionException;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.expect.sample.Statistics;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a top-level list of checks, {@code expect:} or {@code followed:}. Each entry is a check as
 * a string, or a map {@code {check: "...", source: "..."}} (or {@code sources: [...]}) for a check
 * that states something reported elsewhere. Checks are parsed here, so a typo is caught before any
 * run, and kept as written with the location of their text.
 */
final class CheckListReader {
  static final List<String> KEYS = List.of("check", "source", "sources");
  private static final String EXAMPLE = "\"meta.rank@2029 <= 2\"";

  private final Checker c;
  private final CheckReader checks;

  CheckListReader(Checker checker, CheckReader checks) {
    this.c = checker;
    this.checks = checks;
  }

  List<Expectation> read(ObjectNode root, String key) {
    List<Expectation> out = new ArrayList<>();
    c.field(root, "", key).list("a list of checks like " + EXAMPLE).ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        String path = YamlPaths.index(key, i);
        JsonNode item = items.get(i);
        (item != null && item.isObject() ? fromMap(path, (ObjectNode) item)
            : check(path, path, item, "a check like " + EXAMPLE + " or {check: " + EXAMPLE + ", source: \"...\"}",
                List.of()))
            .ifPresent(out::add);
      }
    });
    return List.copyOf(out);
  }

  /** {@code {check: "...", source: "..."}}: the check is located at its text. */
  private Optional<Expectation> fromMap(String path, ObjectNode map) {
    c.onlyKeys(map, path, KEYS);
    List<String> sources = new ArrayList<>();
    c.field(map, path, "source").text().ifPresent(sources::add);
    if (map.hasNonNull("source") && map.hasNonNull("sources")) {
      c.error(YamlPaths.key(path, "sources"), path + " has both source and sources; keep one");
    } else {
      sources.addAll(c.field(map, path, "sources").texts());
    }
    return check(path, YamlPaths.key(path, "check"), map.get("check"), "a check like " + EXAMPLE, sources);
  }

  /**
   * @param path how messages name the entry, {@code followed[0]}
   * @param textPath where the check's text is, {@code followed[0].check} in the map form
   */
  private Optional<Expectation> check(String path, String textPath, JsonNode node, String what, List<String> sources) {
    Location at = c.location(textPath);
    return c.at(textPath, node).requiredText(what)
        .filter(text -> checks.read(path, text, at, ExpressionParser::parseCheck, CheckListReader::hint).isPresent())
        .map(text -> new Expectation(text, at.file(), at.line(), at.column(), sources));
  }

  /** A statistic in a plain check is a check written in the wrong place; say where it goes. */
  private static String hint(String text) {
    return parsesAsStatistic(text) ? "; P(...), percentiles such as P50(...) and mean(...) read Monte Carlo"
        + " samples: put this check under expect_simulated.checks" : "";
  }

  private static boolean parsesAsStatistic(String text) {
    try {
      Statistics.parse(text);
      return true;
    } catch (ExpressionException e) {
      return false;
    }
  }
}

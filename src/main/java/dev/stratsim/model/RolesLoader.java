package dev.stratsim.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a rule set's optional {@code roles.yaml}: the arenas actors compete in and the roles that
 * place them there. Without the file every actor with all pillars competes in one field.
 */
final class RolesLoader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  record Landscape(Map<String, ArenaDef> arenas, Map<String, RoleDef> roles) {}

  private RolesLoader() {}

  static Landscape load(Path file, List<String> pillars, List<Problem> problems) {
    Map<String, ArenaDef> arenas = new LinkedHashMap<>();
    Map<String, RoleDef> roles = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return new Landscape(arenas, roles);
    }
    YamlDocument doc;
    try {
      doc = YamlReader.read(file);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return new Landscape(arenas, roles);
    }
    Checker c = new Checker(doc);
    c.at("", doc.root()).map("a map with arenas and roles").ifPresent(root -> {
      c.onlyKeys(root, "", List.of("arenas", "roles"));
      entries(c, root, "arenas").forEach((name, def) -> arena(c, name, def, pillars).ifPresent(a -> arenas.put(name, a)));
      entries(c, root, "roles").forEach((name, def) -> role(c, name, def, arenas, pillars).ifPresent(r -> roles.put(name, r)));
      Map<String, String> names = new LinkedHashMap<>();
      roles.values().forEach(r -> r.also().forEach(other -> {
        String first = names.putIfAbsent(other, r.name());
        if (roles.containsKey(other) || first != null) {
          c.error("roles." + r.name() + ".also", "'" + other + "' in roles." + r.name() + ".also already names role "
              + (first != null ? first : other) + "; a name may stand for one role only");
        }
      }));
      arenas.values().forEach(a -> a.rivals().stream().filter(r -> !arenas.containsKey(r) || r.equals(a.name()))
          .forEach(r -> c.error("arenas." + a.name() + ".rivals", "arenas." + a.name() + ".rivals names '" + r
              + "', which is " + (r.equals(a.name()) ? "the arena itself" : "not an arena declared here") + "; name one of "
              + String.join(", ", arenas.keySet().stream().filter(n -> !n.equals(a.name())).toList()))));
      long fallbacks = arenas.values().stream().filter(ArenaDef::fallback).count();
      if (!arenas.isEmpty() && fallbacks != 1) {
        c.error("arenas", "arenas must name exactly one fallback arena (fallback: true) for roles that name"
            + " none, not " + fallbacks);
      }
    });
    problems.addAll(c.problems());
    return new Landscape(arenas, roles);
  }

  private static Map<String, ObjectNode> entries(Checker c, ObjectNode root, String key) {
    Map<String, ObjectNode> entries = new LinkedHashMap<>();
    c.field(root, "", key).map("a map of name to definition").ifPresent(map -> map.fieldNames().forEachRemaining(name -> {
      String path = key + "." + name;
      if (!ID.matcher(name).matches()) {
        c.keyError(path, key + " name '" + name + "' must match [a-z0-9][a-z0-9-]*");
      }
      c.at(path, map.get(name)).requiredMap("a map with about").ifPresent(def -> entries.put(name, def));
    }));
    return entries;
  }

  private static Optional<ArenaDef> arena(Checker c, String name, ObjectNode def, List<String> pillars) {
    String path = "arenas." + name;
    c.onlyKeys(def, path, List.of("about", "fallback", "weights", "rivals"));
    boolean fallback = c.field(def, path, "fallback").bool().orElse(false);
    List<String> rivals = c.field(def, path, "rivals").texts();
    Map<String, Double> weights = new LinkedHashMap<>();
    c.field(def, path, "weights").map("a map of pillar to weight, e.g. {hardware: 2, algorithms: 1}")
        .ifPresent(map -> {
          c.onlyKeys(map, path + ".weights", pillars);
          pillars.forEach(p -> weights.put(p, c.field(map, path + ".weights", p).number(Range.NON_NEGATIVE).orElse(1)));
          if (weights.values().stream().allMatch(w -> w == 0)) {
            c.error(path + ".weights", path + ".weights are all zero; give at least one pillar a weight above 0");
          }
        });
    return c.field(def, path, "about").requiredText("one sentence on who competes there")
        .map(about -> new ArenaDef(name, weights, fallback, rivals, about));
  }

  private static Optional<RoleDef> role(Checker c, String name, ObjectNode def, Map<String, ArenaDef> arenas,
      List<String> pillars) {
    String path = "roles." + name;
    c.onlyKeys(def, path, List.of("about", "arena", "sells", "maker", "also"));
    String arena = c.field(def, path, "arena").choice(List.copyOf(arenas.keySet())).orElse("");
    String sells = c.field(def, path, "sells").choice(pillars).orElse("");
    boolean maker = c.field(def, path, "maker").bool().orElse(false);
    if (maker && sells.isEmpty()) {
      c.error(path + ".maker", path + ".maker needs sells: a role makes the pillar it sells; add sells: PILLAR or leave maker out");
    }
    List<String> also = c.field(def, path, "also").texts();
    also.stream().filter(other -> !ID.matcher(other).matches()).forEach(other ->
        c.error(path + ".also", path + ".also '" + other + "' must match [a-z0-9][a-z0-9-]*"));
    return c.field(def, path, "about").requiredText("one sentence on what such an actor is")
        .map(about -> new RoleDef(name, arena, sells, maker, also, about));
  }
}

package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Field;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads {@code actors:}, checking each metric against the rules' vocabulary. */
final class ActorsReader {
  static final List<String> FIELDS = List.of("name", "role", "role_changes", "sources", "judgement", "notes");

  private final Vocabulary vocabulary;
  private final Checker c;
  private final Optional<Period> period;
  private final Set<String> ids = new LinkedHashSet<>();

  ActorsReader(Vocabulary vocabulary, Checker checker, Optional<Period> period) {
    this.vocabulary = vocabulary;
    this.c = checker;
    this.period = period;
  }

  /** Every actor id the file declares, valid or not. */
  Set<String> ids() {
    return ids;
  }

  /** The valid actors, in file order. */
  Map<String, Actor> read(ObjectNode root) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    Optional<ObjectNode> map = c.field(root, "", "actors")
        .requiredMap("a map of actor id to the actor's name, role and metrics");
    map.filter(ObjectNode::isEmpty)
        .ifPresent(m -> c.error("actors", "actors must list at least one actor"));
    map.ifPresent(m -> m.fieldNames().forEachRemaining(id -> {
      ids.add(id);
      String path = YamlPaths.key("actors", id);
      if (!Ids.valid(id)) {
        c.keyError(path, "actor id '" + id + "' " + Ids.RULE);
      }
      c.at(path, m.get(id)).requiredMap("a map with name, role and metrics")
          .flatMap(fields -> actor(id, path, fields))
          .ifPresent(actor -> actors.put(id, actor));
    }));
    return actors;
  }

  private Optional<Actor> actor(String id, String path, ObjectNode fields) {
    List<String> allowed = new ArrayList<>(FIELDS);
    allowed.addAll(vocabulary.metrics().keySet());
    c.onlyKeys(fields, path, allowed);
    Optional<String> name = c.field(fields, path, "name").requiredText("the company's name");
    Optional<String> role = c.field(fields, path, "role")
        .requiredText("what the company is, e.g. platform or data-supplier")
        .filter(r -> validRole(path, r));
    List<String> sources = c.field(fields, path, "sources").texts();
    String judgement = c.field(fields, path, "judgement").text().orElse("");
    List<Actor.RoleChange> changes = roleChanges(c.field(fields, path, "role_changes"));
    SortedMap<String, Double> metrics = metrics(path, fields);
    checkPillars(path, fields);
    if (name.isEmpty() || role.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Actor(id, name.get(), role.get(),
        Collections.unmodifiableSortedMap(metrics), List.copyOf(sources), judgement, changes));
  }

  /** Later roles, each in a year after the one before and inside the period. */
  private List<Actor.RoleChange> roleChanges(Field field) {
    List<Actor.RoleChange> changes = new ArrayList<>();
    field.list("a list like [{year: 2026, role: enterprise}]").ifPresent(items -> {
      int last = period.map(Period::start).orElse(Integer.MIN_VALUE);
      for (int i = 0; i < items.size(); i++) {
        String at = YamlPaths.index(field.path(), i);
        Optional<ObjectNode> map = c.at(at, items.get(i)).requiredMap("a map with year and role");
        if (map.isEmpty()) {
          continue;
        }
        c.onlyKeys(map.get(), at, List.of("year", "role", "sources"));
        OptionalInt year = c.field(map.get(), at, "year").requiredWhole(ScenarioReader.YEARS);
        Optional<String> role = c.field(map.get(), at, "role").requiredText("the role from that year on")
            .filter(r -> validRole(at, r));
        List<String> sources = c.field(map.get(), at, "sources").texts();
        if (year.isEmpty() || role.isEmpty()) {
          continue;
        }
        int y = year.getAsInt();
        if (y <= last || (period.isPresent() && y > period.get().end())) {
          c.error(at + ".year", at + ".year " + y + " must fall after "
              + (changes.isEmpty() ? "the period's first year" : "the change before") + " and inside the period"
              + period.map(p -> " " + p.start() + ".." + p.end()).orElse("")
              + "; a role held from the start is the actor's role");
          continue;
        }
        last = y;
        changes.add(new Actor.RoleChange(y, role.get(), List.copyOf(sources)));
      }
    });
    return List.copyOf(changes);
  }

  private boolean validRole(String path, String role) {
    if (!Ids.valid(role)) {
      c.error(path + ".role", path + ".role '" + role + "' " + Ids.RULE);
    }
    return Ids.valid(role);
  }

  private SortedMap<String, Double> metrics(String path, ObjectNode fields) {
    SortedMap<String, Double> metrics = new TreeMap<>();
    for (MetricDef def : vocabulary.metrics().values()) {
      if (!fields.hasNonNull(def.name())) {
        continue;
      }
      String metricPath = YamlPaths.key(path, def.name());
      if (def.derived()) {
        c.keyError(metricPath, metricPath + " is derived: the rules compute it each year, so a"
            + " scenario cannot set it; remove it");
        continue;
      }
      c.field(fields, path, def.name()).number(new Range(def.min(), def.max()))
          .ifPresent(v -> metrics.put(def.name(), v));
    }
    return metrics;
  }

  /** An actor with any pillar competes, and is ranked on all of them. */
  private void checkPillars(String path, ObjectNode fields) {
    List<String> pillars = vocabulary.pillars();
    List<String> missing = pillars.stream().filter(p -> !fields.hasNonNull(p)).toList();
    if (!missing.isEmpty() && missing.size() < pillars.size()) {
      c.error(path, path + " lacks pillar " + String.join(", ", missing)
          + "; an actor with any pillar must have all of " + String.join(", ", pillars));
    }
  }
}

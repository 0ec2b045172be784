package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/** Validates a merged scenario tree and builds the Scenario; problems go to a Checker. */
final class ScenarioReader {
  static final List<String> KEYS = List.of("id", "title", "extends", "description", "period",
      "actors", "relations", "deals", "assumptions", "weights", "expect",
      SimulatedReader.KEY, "followed", CorrelationsReader.KEY);
  static final Range YEARS = new Range(1000, 9999);
  static final int MAX_YEARS = 50;
  /**
   * The most actors a scenario may have: the rules compare every competitor with every other of
   * its arena each year, so a run's time grows with the square of the actors (docs/limits.md).
   */
  public static final int MAX_ACTORS = 500;
  /** The most relations: a year's reactions follow each supplier's changes to each customer. */
  public static final int MAX_RELATIONS = 2_000;
  /** The most deals. */
  public static final int MAX_DEALS = 500;

  private final Vocabulary vocabulary;
  private final Checker c;
  private final YamlDocument doc;
  private final Path file;

  ScenarioReader(Vocabulary vocabulary, Checker checker, YamlDocument doc, Path file) {
    this.vocabulary = vocabulary;
    this.c = checker;
    this.doc = doc;
    this.file = file;
  }

  /** The scenario, or empty if a problem was reported. */
  Optional<Scenario> read(String sha256) {
    ObjectNode root = (ObjectNode) doc.root();
    if (!withinLimits(root)) {
      // Reading ten thousand actors only to refuse them would take longer than the refusal is worth.
      return Optional.empty();
    }
    c.onlyKeys(root, "", KEYS);
    if (root.has("extends")) {
      // Files' extends are followed and dropped before this point; only --set can bring one.
      c.error("extends", "extends cannot be changed with --set; edit the scenario file");
    }
    Optional<String> id = id(root);
    Optional<String> title =
        c.field(root, "", "title").requiredText("a one-line name for the scenario");
    c.field(root, "", "description").text();
    int before = c.problems().size();
    Optional<Period> period = period(root);
    ActorsReader actorsReader = new ActorsReader(vocabulary, c, period);
    Map<String, Actor> actors = actorsReader.read(root);
    ActorRefs refs = new ActorRefs(actorsReader.ids());
    List<Relation> relations = new RelationsReader(c, refs, vocabulary, actors).read(root);
    boolean partial = c.problems().size() > before;
    List<Deal> deals = new DealsReader(c, refs, period).read(root);
    SettingsReader settings = new SettingsReader(vocabulary, c);
    SortedMap<String, Assumption> assumptions = settings.assumptions(root);
    SortedMap<String, Double> weights = settings.weights(root);
    CheckReader checks = new CheckReader(vocabulary, c, actors, relations, period, partial);
    CheckListReader lists = new CheckListReader(c, checks);
    List<Expectation> expectations = lists.read(root, "expect");
    SimulatedExpectations simulated = new SimulatedReader(c, checks).read(root);
    List<Expectation> followed = lists.read(root, "followed");
    if (!c.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(id.orElseThrow(), title.orElseThrow(), file,
        period.orElseThrow(), Collections.unmodifiableMap(actors), relations, deals,
        Collections.unmodifiableSortedMap(assumptions),
        Collections.unmodifiableSortedMap(weights), expectations, sha256, simulated, followed));
  }

  /** Whether actors, relations and deals are within their limits; each one beyond is reported. */
  private boolean withinLimits(ObjectNode root) {
    boolean actors = within(root, "actors", MAX_ACTORS);
    boolean relations = within(root, "relations", MAX_RELATIONS);
    boolean deals = within(root, "deals", MAX_DEALS);
    return actors && relations && deals;
  }

  private boolean within(ObjectNode root, String key, int max) {
    JsonNode entries = root.get(key);
    if (entries == null || !(entries.isObject() || entries.isArray()) || entries.size() <= max) {
      return true;
    }
    c.keyError(key, key + " has " + entries.size() + " entries, more than " + max + ", the most a scenario may have;"
        + " split it into smaller scenarios (docs/limits.md)");
    return false;
  }

  private Optional<String> id(ObjectNode root) {
    if (!root.hasNonNull("id")) {
      String stem = Ids.stem(file);
      if (Ids.valid(stem)) {
        return Optional.of(stem);
      }
      c.add(Problem.inFile(file, "file name '" + stem + "' is not a valid scenario id; rename"
          + " the file or set id: (it " + Ids.RULE + ")"));
      return Optional.empty();
    }
    return c.field(root, "", "id").text().filter(id -> {
      if (!Ids.valid(id)) {
        c.error("id", "id '" + id + "' " + Ids.RULE);
      }
      return Ids.valid(id);
    });
  }

  private Optional<Period> period(ObjectNode root) {
    Optional<ObjectNode> map =
        c.field(root, "", "period").requiredMap("a map like {start: 2025, end: 2029}");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    c.onlyKeys(map.get(), "period", List.of("start", "end"));
    OptionalInt start = c.field(map.get(), "period", "start").requiredWhole(YEARS);
    OptionalInt end = c.field(map.get(), "period", "end").requiredWhole(YEARS);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    int years = end.getAsInt() - start.getAsInt() + 1;
    if (years < 1) {
      c.error("period.end", "period.end (" + end.getAsInt() + ") must not be before period.start ("
          + start.getAsInt() + ")");
      return Optional.empty();
    }
    if (years > MAX_YEARS) {
      c.error("period", "period covers " + years + " years; at most " + MAX_YEARS
          + " are allowed, so move period.start or period.end");
      return Optional.empty();
    }
    return Optional.of(new Period(start.getAsInt(), end.getAsInt()));
  }
}

package dev.stratsim.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Numbers;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rule set's {@code metrics.yaml} and {@code assumptions.yaml}, and its optional {@code
 * roles.yaml} and {@code phases.yaml}, into a Vocabulary.
 */
public final class VocabularyLoader {
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  static final List<String> METRIC_KEYS = List.of("pillar", "derived", "min", "max", "unit", "about");
  static final List<String> KNOB_KEYS = List.of("default", "min", "max", "at_most", "below", "unit", "why",
      "calibrate", "fit_min", "fit_max", "calibrated");
  /** Metrics sit next to these fields in a scenario's actor, so they cannot share a name. */
  static final Set<String> ACTOR_FIELDS = Set.of("name", "role", "sources", "judgement", "notes");

  /** The files of a rules folder the vocabulary is read from. */
  public static final List<String> FILES = List.of("metrics.yaml", "assumptions.yaml", "roles.yaml", "phases.yaml");

  private VocabularyLoader() {}

  /** Every problem in both files is reported in one {@link InvalidInputException}. */
  public static Vocabulary load(Path rulesDir) {
    List<Problem> problems = new ArrayList<>();
    Map<String, MetricDef> metrics = new LinkedHashMap<>();
    Map<String, KnobDef> knobs = new LinkedHashMap<>();
    read(rulesDir.resolve("metrics.yaml"), "metric", problems, (c, name, def) ->
        metric(c, name, def).ifPresent(m -> metrics.put(name, m)));
    read(rulesDir.resolve("assumptions.yaml"), "assumption", problems, (c, name, def) ->
        knob(c, name, def).ifPresent(k -> knobs.put(name, k)));
    problems.addAll(tiesBetweenKnobs(rulesDir.resolve("assumptions.yaml"), knobs));
    List<String> pillars = metrics.values().stream().filter(MetricDef::pillar).map(MetricDef::name).toList();
    RolesLoader.Landscape landscape = RolesLoader.load(rulesDir.resolve("roles.yaml"), pillars, problems);
    List<PhaseDef> phases = PhasesLoader.load(rulesDir.resolve("phases.yaml"), problems);
    if (problems.isEmpty() && metrics.isEmpty()) {
      problems.add(Problem.inFile(rulesDir.resolve("metrics.yaml"),
          "no metrics are declared; declare at least one"));
    }
    InvalidInputException.throwIfAny(problems);
    return new Vocabulary(metrics, knobs, landscape.arenas(), landscape.roles(), phases);
  }

  /** Every at_most / below names a knob, and the defaults respect it. */
  private static List<Problem> tiesBetweenKnobs(Path file, Map<String, KnobDef> knobs) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Double> defaults = new LinkedHashMap<>();
    knobs.forEach((name, k) -> defaults.put(name, k.defaultValue()));
    for (KnobDef knob : knobs.values()) {
      for (String other : java.util.Arrays.asList(knob.atMost(), knob.below())) {
        if (other != null && !knobs.containsKey(other)) {
          problems.add(Problem.inFile(file, knob.name() + " is tied to '" + other
              + "', which is not an assumption; name one declared in this file"));
        }
      }
      knob.conflict(knob.defaultValue(), defaults)
          .ifPresent(why -> problems.add(Problem.inFile(file, "defaults do not fit: " + why)));
    }
    return problems;
  }

  private interface Entry {
    void read(Checker checker, String name, ObjectNode definition);
  }

  private static void read(Path file, String kind, List<Problem> problems, Entry entry) {
    YamlDocument doc;
    try {
      doc = YamlReader.read(file);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return;
    }
    Checker checker = new Checker(doc);
    checker.at("", doc.root()).map("a map of " + kind + " name to its definition")
        .ifPresent(root -> root.fieldNames().forEachRemaining(name -> {
          if (!NAME.matcher(name).matches()) {
            checker.keyError(name, kind + " name '" + name + "' must match [a-z][a-z0-9_]*"
                + " (lowercase letters, digits and underscores)");
          }
          checker.at(name, root.get(name))
              .requiredMap("a map with " + String.join(", ", keysOf(kind)))
              .ifPresent(def -> entry.read(checker, name, def));
        }));
    problems.addAll(checker.problems());
  }

  private static List<String> keysOf(String kind) {
    return kind.equals("metric") ? METRIC_KEYS : KNOB_KEYS;
  }

  private static Optional<MetricDef> metric(Checker c, String name, ObjectNode def) {
    c.onlyKeys(def, name, METRIC_KEYS);
    if (ACTOR_FIELDS.contains(name)) {
      c.keyError(name, "metric name '" + name + "' is taken by an actor field; rename the metric");
    }
    boolean pillar = c.field(def, name, "pillar").bool().orElse(false);
    boolean derived = c.field(def, name, "derived").bool().orElse(false);
    if (pillar && derived) {
      c.error(name, name + " cannot be both a pillar and derived: scenarios set pillars, rules"
          + " compute derived metrics; drop one");
    }
    double min = c.field(def, name, "min").bound().orElse(0);
    double max = c.field(def, name, "max").bound().orElse(Double.POSITIVE_INFINITY);
    if (min > max) {
      c.error(name + ".max", name + ".max must not be below " + name + ".min ("
          + Numbers.format(min) + ")");
    }
    Optional<Unit> unit = c.field(def, name, "unit").requiredChoice(Unit.NAMES).flatMap(Unit::named);
    if (pillar && unit.isPresent() && unit.get() != Unit.POINTS) {
      // The index is a mean of the pillars and is shown, compared and diffed in their points.
      c.error(name + ".unit", name + ".unit must be points: " + name + " is a pillar, and the index"
          + " that averages the pillars is in points");
    }
    Optional<String> about =
        c.field(def, name, "about").requiredText("one sentence on what the metric measures");
    if (unit.isEmpty() || about.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MetricDef(name, min, max, pillar, derived, unit.get(), about.get()));
  }

  private static Optional<KnobDef> knob(Checker c, String name, ObjectNode def) {
    c.onlyKeys(def, name, KNOB_KEYS);
    double min = c.field(def, name, "min").bound().orElse(Double.NEGATIVE_INFINITY);
    double max = c.field(def, name, "max").bound().orElse(Double.POSITIVE_INFINITY);
    Range range = new Range(min, max);
    if (min > max) {
      c.error(name + ".max", name + ".max must not be below " + name + ".min ("
          + Numbers.format(min) + ")");
      range = Range.ANY;
    }
    OptionalDouble value = c.field(def, name, "default").requiredNumber(range);
    Optional<String> unit =
        c.field(def, name, "unit").requiredText("the unit, e.g. years, points, share, usd, ratio");
    Optional<String> why =
        c.field(def, name, "why").requiredText("the reason for the default value");
    String atMost = c.field(def, name, "at_most").text().orElse(null);
    String below = c.field(def, name, "below").text().orElse(null);
    KnobDef.Fit fit = fit(c, name, def, range);
    String calibrated = c.field(def, name, "calibrated").text().orElse(null);
    if (value.isEmpty() || unit.isEmpty() || why.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new KnobDef(name, value.getAsDouble(), min, max, unit.get(), why.get(),
        atMost, below, fit, calibrated));
  }

  /**
   * The search bounds of a knob marked {@code calibrate: true}: {@code fit_min}..{@code fit_max},
   * each defaulting to the knob's own bound, which must then be finite (a search needs an end).
   */
  private static KnobDef.Fit fit(Checker c, String name, ObjectNode def, Range range) {
    boolean calibrate = c.field(def, name, "calibrate").bool().orElse(false);
    OptionalDouble fitMin = c.field(def, name, "fit_min").number(range);
    OptionalDouble fitMax = c.field(def, name, "fit_max").number(range);
    if (!calibrate) {
      if (fitMin.isPresent() || fitMax.isPresent()) {
        c.error(name, name + " has fit_min or fit_max but no calibrate: true; add calibrate: true"
            + " or remove the fit bounds");
      }
      return null;
    }
    double low = fitMin.orElse(range.min());
    double high = fitMax.orElse(range.max());
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      c.error(name, name + " is marked calibrate: true but has no " + (Double.isFinite(low) ? "upper" : "lower")
          + " bound to search to; give " + (Double.isFinite(low) ? "fit_max" : "fit_min"));
      return null;
    }
    if (low >= high) {
      c.error(name + ".fit_max", name + ".fit_max (" + Numbers.format(high) + ") must be above "
          + name + ".fit_min (" + Numbers.format(low) + ")");
      return null;
    }
    return new KnobDef.Fit(low, high);
  }
}

package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.uncertainty.Correlation;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Numbers;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code correlations: [{between: [PATH, PATH], rank: R, source: ...}, ...]}: rank
 * (Spearman) correlations between the scenario's distributions, named by their {@code --set}
 * paths. Every problem gets the file and line of the entry at fault.
 */
final class CorrelationsReader {
  static final String KEY = "correlations";
  static final List<String> KEYS = List.of("between", "rank", "source");
  /** The most pairs: with {@link Correlation#MAX_INPUTS} inputs, every pair once is 4,950. */
  static final int MAX_PAIRS = 4_950;
  private static final Range COEFFICIENT = new Range(-1, 1);
  private static final String EXAMPLE =
      "[{between: [assumptions.supplier_switch_years, deals[0].stake], rank: -0.5}]";

  private final Checker c;
  private final List<UncertainInput> inputs;
  private final Set<String> setPaths;

  /**
   * @param setPaths the paths {@code --set} gave a value: a correlation with an input fixed that
   *     way no longer applies, and is dropped rather than refused
   */
  CorrelationsReader(Checker checker, List<UncertainInput> inputs, Set<String> setPaths) {
    this.c = checker;
    this.inputs = inputs;
    this.setPaths = setPaths;
  }

  /** The correlations, or {@link Correlation#NONE} when there are none or a problem was reported. */
  Correlation read(ObjectNode root) {
    Optional<ArrayNode> list = c.field(root, "", KEY).list("a list of pairs like " + EXAMPLE);
    if (list.isEmpty() || list.get().isEmpty()) {
      return Correlation.NONE;
    }
    if (list.get().size() > MAX_PAIRS) {
      c.error(KEY, KEY + " has " + list.get().size() + " entries, more than " + MAX_PAIRS
          + "; correlate fewer inputs (docs/limits.md)");
      return Correlation.NONE;
    }
    int before = c.problems().size();
    List<Correlation.Pair> pairs = new ArrayList<>();
    Map<Set<Integer>, String> seen = new HashMap<>();
    Set<Integer> named = new LinkedHashSet<>();
    for (int i = 0; i < list.get().size(); i++) {
      String path = YamlPaths.index(KEY, i);
      Optional<ObjectNode> entry = c.at(path, list.get().get(i)).map("a map like {between: [A, B], rank: 0.5}");
      if (entry.isEmpty()) {
        continue;
      }
      c.onlyKeys(entry.get(), path, KEYS);
      Optional<String> source = c.field(entry.get(), path, "source").text();
      OptionalDouble rank = c.field(entry.get(), path, "rank").requiredNumber(COEFFICIENT);
      Optional<int[]> between = between(entry.get(), path);
      if (rank.isEmpty() || between.isEmpty() || between.get().length == 0) {
        continue;
      }
      int a = between.get()[0];
      int b = between.get()[1];
      String earlier = seen.putIfAbsent(Set.of(a, b), path);
      if (earlier != null) {
        c.error(path, path + " correlates " + inputs.get(a).path() + " and " + inputs.get(b).path() + " again, as "
            + earlier + " does; give each pair once");
        continue;
      }
      named.add(a);
      named.add(b);
      pairs.add(new Correlation.Pair(a, b, rank.getAsDouble(), source.orElse("").strip()));
    }
    if (named.size() > Correlation.MAX_INPUTS) {
      c.error(KEY, KEY + " name " + named.size() + " inputs, more than " + Correlation.MAX_INPUTS
          + "; correlate fewer inputs (docs/limits.md)");
    }
    if (c.problems().size() > before) {
      return Correlation.NONE;
    }
    try {
      return Correlation.of(pairs);
    } catch (Correlation.Impossible e) {
      c.error(KEY, KEY + ": these coefficients cannot all hold at once (their matrix is not positive"
          + " semi-definite: smallest eigenvalue " + Numbers.format(round(e.smallestEigenvalue())) + "); weaken"
          + " some of them, e.g. two inputs that both go with a third cannot go against each other strongly");
      return Correlation.NONE;
    }
  }

  /**
   * The two inputs of {@code between:}, by index in draw order; none (an empty array) when
   * {@code --set} fixed one of them.
   */
  private Optional<int[]> between(ObjectNode entry, String path) {
    String at = YamlPaths.key(path, "between");
    var field = c.field(entry, path, "between");
    if (field.missing()) {
      c.error(field.node() == null ? path : at, at + " is required: two uncertain inputs, e.g. [deals[0].stake,"
          + " assumptions.supplier_switch_years]");
      return Optional.empty();
    }
    List<String> names = field.texts();
    if (names.size() != 2 || ((ArrayNode) field.node()).size() != 2) {
      if (field.node().isArray() && names.size() == ((ArrayNode) field.node()).size()) {
        c.error(at, at + " names " + (names.size() == 1 ? "one input" : names.size() + " inputs") + "; name exactly two");
      }
      return Optional.empty();
    }
    if (names.stream().anyMatch(name -> setPaths.contains(name) || setPaths.contains(name + ".value"))) {
      return Optional.of(new int[0]);
    }
    int[] found = new int[2];
    for (int k = 0; k < 2; k++) {
      String item = YamlPaths.index(at, k);
      OptionalInt index = input(names.get(k));
      if (index.isEmpty()) {
        List<String> paths = inputs.stream().map(UncertainInput::path).toList();
        c.error(item, item + ": '" + names.get(k) + "' is not a distribution of this scenario"
            + DidYouMean.hint(names.get(k), paths, paths.isEmpty() ? "it has none"
                : "it has " + String.join(", ", paths.subList(0, Math.min(10, paths.size())))
                    + (paths.size() > 10 ? " and " + (paths.size() - 10) + " more" : "")));
        return Optional.empty();
      }
      found[k] = index.getAsInt();
    }
    if (found[0] == found[1]) {
      c.error(at, at + " names " + names.get(0) + " twice; an input always goes with itself");
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /** An input by its path; an assumption may be named with or without the {@code .value} of {@code {value: ...}}. */
  private OptionalInt input(String name) {
    for (int i = 0; i < inputs.size(); i++) {
      String path = inputs.get(i).path();
      if (path.equals(name) || path.equals(name + ".value") || name.equals(path + ".value")) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static double round(double value) {
    return Math.round(value * 1e4) / 1e4;
  }
}

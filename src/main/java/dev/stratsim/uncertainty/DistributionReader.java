package dev.stratsim.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Range;
import dev.stratsim.yaml.YamlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads {@code {dist: ...}} maps, reporting every impossible parameter to a {@link Checker} so it
 * gets the file and line like any other problem.
 */
public final class DistributionReader {
  public static final List<String> KINDS =
      List.of("uniform", "triangular", "pert", "normal", "lognormal", "beta", "choice");
  private static final Map<String, List<String>> PARAMETERS = Map.of(
      "uniform", List.of("min", "max"),
      "triangular", List.of("min", "mode", "max"),
      "pert", List.of("min", "mode", "max"),
      "normal", List.of("mean", "sd", "min", "max"),
      "lognormal", List.of("mean", "sd", "min", "max"),
      "beta", List.of("alpha", "beta", "min", "max"),
      "choice", List.of("values"));
  /** How far choice weights may be from adding up to 1 (rounding in decimal fractions). */
  static final double WEIGHT_TOLERANCE = 1e-9;

  private final Checker c;

  public DistributionReader(Checker checker) {
    this.c = checker;
  }

  /** Whether a value is written as a distribution rather than a plain value. */
  public static boolean isDistribution(JsonNode node) {
    return node != null && node.isObject() && node.has("dist");
  }

  /** The distribution at {@code path}, or empty when a problem was reported. */
  public Optional<Distribution> read(String path, ObjectNode map) {
    Optional<String> kind = c.field(map, path, "dist").requiredText("one of " + String.join(", ", KINDS));
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (!KINDS.contains(kind.get())) {
      c.error(YamlPaths.key(path, "dist"), "unknown distribution '" + kind.get() + "' at " + path
          + DidYouMean.hint(kind.get(), KINDS, "use one of " + String.join(", ", KINDS)));
      return Optional.empty();
    }
    List<String> allowed = new ArrayList<>(List.of("dist", "source"));
    allowed.addAll(PARAMETERS.get(kind.get()));
    int before = c.problems().size();
    c.onlyKeys(map, path, allowed);
    c.field(map, path, "source").text();
    String text = Describe.of(map);
    Params p = new Params(c, path, map);
    Optional<? extends Distribution> read = switch (kind.get()) {
      case "uniform" -> Laws.uniform(p, text);
      case "triangular" -> Laws.triangular(p, text);
      case "pert" -> Laws.pert(p, text);
      case "normal" -> Laws.normal(p, text);
      case "lognormal" -> Laws.lognormal(p, text);
      case "beta" -> Laws.beta(p, text);
      default -> new ChoiceReader(c).read(path, map, text);
    };
    return c.problems().size() > before ? Optional.empty() : read.map(d -> (Distribution) d);
  }

  /** The numeric parameters of one distribution, read and reported in place. */
  record Params(Checker c, String path, ObjectNode map) {
    OptionalDouble required(String name) {
      return c.field(map, path, name).requiredNumber(Range.ANY);
    }

    OptionalDouble optional(String name) {
      return c.field(map, path, name).number(Range.ANY);
    }

    /** A parameter that must be above zero, such as a standard deviation. */
    OptionalDouble positive(String name) {
      OptionalDouble value = required(name);
      if (value.isPresent() && value.getAsDouble() <= 0) {
        c.error(YamlPaths.key(path, name), YamlPaths.key(path, name) + " must be above 0, not "
            + Checker.show(map.get(name)));
        return OptionalDouble.empty();
      }
      return value;
    }

    void error(String message) {
      c.error(path, path + ": " + message);
    }
  }
}

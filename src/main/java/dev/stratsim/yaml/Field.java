package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.problem.DidYouMean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One value of a document, read as the type a field expects. A wrong value is reported to the
 * {@link Checker} and read as empty; a missing value (absent or null) is empty and only reported
 * by the {@code required...} forms.
 */
public final class Field {
  private final Checker checker;
  private final String path;
  private final JsonNode node;

  Field(Checker checker, String path, JsonNode node) {
    this.checker = checker;
    this.path = path;
    this.node = node;
  }

  public String path() {
    return path;
  }

  public JsonNode node() {
    return node;
  }

  public boolean missing() {
    return node == null || node.isNull();
  }

  public void error(String message) {
    checker.error(path, message);
  }

  public Optional<ObjectNode> map(String what) {
    if (missing()) {
      return Optional.empty();
    }
    if (node.isObject()) {
      return Optional.of((ObjectNode) node);
    }
    return wrong(what);
  }

  public Optional<ObjectNode> requiredMap(String what) {
    return missing() ? required(what) : map(what);
  }

  public Optional<ArrayNode> list(String what) {
    if (missing()) {
      return Optional.empty();
    }
    return node.isArray() ? Optional.of((ArrayNode) node) : wrong(what);
  }

  /** A finite number in range; text such as "70e9" counts, since YAML 1.1 may read it as text. */
  public OptionalDouble number(Range range) {
    if (missing()) {
      return OptionalDouble.empty();
    }
    OptionalDouble value = numeric(node);
    if (value.isPresent() && Double.isFinite(value.getAsDouble())
        && range.contains(value.getAsDouble())) {
      return value;
    }
    error(YamlPaths.describe(path) + " must be " + range.describe("a number") + ", not "
        + Checker.show(node));
    return OptionalDouble.empty();
  }

  public OptionalDouble requiredNumber(Range range) {
    return missing() ? required(range.describe("a number"), OptionalDouble.empty())
        : number(range);
  }

  /** A number or an infinite bound ({@code .inf}, {@code -.inf}). */
  public OptionalDouble bound() {
    if (!missing() && node.isNumber() && Double.isInfinite(node.doubleValue())) {
      return OptionalDouble.of(node.doubleValue());
    }
    return number(Range.ANY);
  }

  public OptionalInt whole(Range range) {
    if (missing()) {
      return OptionalInt.empty();
    }
    OptionalDouble value = numeric(node);
    if (value.isPresent()) {
      double v = value.getAsDouble();
      if (v == Math.rint(v) && range.contains(v) && Math.abs(v) <= Integer.MAX_VALUE) {
        return OptionalInt.of((int) v);
      }
    }
    error(YamlPaths.describe(path) + " must be " + range.describe("a whole number") + ", not "
        + Checker.show(node));
    return OptionalInt.empty();
  }

  public OptionalInt requiredWhole(Range range) {
    return missing() ? required(range.describe("a whole number"), OptionalInt.empty())
        : whole(range);
  }

  public Optional<Boolean> bool() {
    if (missing()) {
      return Optional.empty();
    }
    return node.isBoolean() ? Optional.of(node.booleanValue()) : wrong("true or false");
  }

  public Optional<String> text() {
    if (missing()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(node.asText());
    }
    String quote = node.isValueNode() ? "; put it in quotes if it is meant as text" : "";
    error(YamlPaths.describe(path) + " must be text, not " + Checker.show(node) + quote);
    return Optional.empty();
  }

  public Optional<String> requiredText(String what) {
    return missing() ? required(what) : text();
  }

  public Optional<String> choice(List<String> allowed) {
    if (missing()) {
      return Optional.empty();
    }
    if (node.isTextual() && allowed.contains(node.asText())) {
      return Optional.of(node.asText());
    }
    String hint = node.isTextual()
        ? DidYouMean.clause(node.asText(), allowed) : "";
    error(YamlPaths.describe(path) + " must be one of " + String.join(", ", allowed) + ", not "
        + Checker.show(node) + hint);
    return Optional.empty();
  }

  public Optional<String> requiredChoice(List<String> allowed) {
    return missing() ? required("one of " + String.join(", ", allowed)) : choice(allowed);
  }

  /** A list of text; wrong items are reported and left out. */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    list("a list of text, e.g. [\"first\", \"second\"]").ifPresent(items -> {
      for (int i = 0; i < items.size(); i++) {
        checker.at(YamlPaths.index(path, i), items.get(i)).text().ifPresent(out::add);
      }
    });
    return out;
  }

  private <T> Optional<T> wrong(String what) {
    error(YamlPaths.describe(path) + " must be " + what + ", not " + Checker.show(node));
    return Optional.empty();
  }

  private <T> Optional<T> required(String what) {
    return required(what, Optional.empty());
  }

  /** Written but left empty ({@code key:} or {@code - ~}) reads differently from left out. */
  private <T> T required(String what, T empty) {
    boolean written = node != null;
    error(YamlPaths.describe(path) + (written ? " is empty; write " : " is required: ") + what);
    return empty;
  }

  private static OptionalDouble numeric(JsonNode node) {
    if (node.isNumber()) {
      return OptionalDouble.of(node.doubleValue());
    }
    BigDecimal parsed = node.isTextual() ? Scalars.decimal(node.asText()) : null;
    return parsed == null ? OptionalDouble.empty() : OptionalDouble.of(parsed.doubleValue());
  }
}

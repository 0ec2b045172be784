package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a YAML scalar of a given {@link ScalarTypes.Kind} into a tree node, leaning towards YAML
 * 1.2 so files read the way they look: only {@code true}/{@code false} are booleans ({@code yes},
 * {@code no}, {@code on} stay text), {@code 012} is twelve, and an empty value counts as left out.
 */
final class Scalars {
  private static final Set<String> POSITIVE_INF = Set.of(".inf", "+.inf");

  private Scalars() {}

  static JsonNode node(ScalarTypes.Kind kind, String text) {
    return switch (kind) {
      case NULL -> NullNode.instance;
      case BOOL -> bool(text);
      case INT, FLOAT -> number(text);
      case TEXT -> text.isEmpty() ? NullNode.instance : TextNode.valueOf(text);
      case BINARY -> throw new IllegalArgumentException("binary values have no tree node");
    };
  }

  private static JsonNode bool(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return BooleanNode.valueOf(lower.equals("true"));
    }
    return TextNode.valueOf(text);
  }

  private static JsonNode number(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (POSITIVE_INF.contains(lower)) {
      return DoubleNode.valueOf(Double.POSITIVE_INFINITY);
    }
    if (lower.equals("-.inf")) {
      return DoubleNode.valueOf(Double.NEGATIVE_INFINITY);
    }
    if (lower.equals(".nan")) {
      return DoubleNode.valueOf(Double.NaN);
    }
    BigDecimal value = decimal(text.replace("_", ""));
    if (value == null) {
      // Hexadecimal, octal or sexagesimal: keep the text, numeric fields say what to write.
      return TextNode.valueOf(text);
    }
    boolean whole = !lower.contains(".") && !lower.contains("e");
    return whole ? integer(value.toBigIntegerExact()) : DoubleNode.valueOf(value.doubleValue());
  }

  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return IntNode.valueOf(value.intValue());
    }
    if (value.bitLength() < 64) {
      return LongNode.valueOf(value.longValue());
    }
    return BigIntegerNode.valueOf(value);
  }

  /** A finite decimal number, or null; used both for number tokens and numeric-looking text. */
  static BigDecimal decimal(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      return null;
    }
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

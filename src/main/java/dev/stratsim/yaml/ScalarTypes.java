package dev.stratsim.yaml;

import com.fasterxml.jackson.core.Base64Variants;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Which kind of value a YAML scalar is, before {@link Scalars} makes a tree node of it.
 *
 * <p>These are the rules stratsim read YAML by when Jackson's YAML parser did the typing, kept to
 * the letter because every reader, test and golden file was written against them: SnakeYAML's
 * YAML 1.1 resolver picks a kind for a plain value ({@code yes} is a boolean there, {@code 1e9} a
 * float, {@code 0x1F} an integer), an explicit core tag ({@code !!int}) overrides it, and quoted
 * text is text. {@link Scalars} then leans the result towards YAML 1.2.
 */
final class ScalarTypes {
  /** The kinds a scalar can take; BINARY is refused by the tree. */
  enum Kind { NULL, BOOL, INT, FLOAT, TEXT, BINARY }

  /** A scalar that cannot be read as the kind its tag asks for; SyntaxErrors words the message. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private static final String CORE = "tag:yaml.org,2002:";
  // Only read once built, so one serves every thread.
  private static final Resolver RESOLVER = new Resolver();

  private ScalarTypes() {}

  /**
   * @throws Unreadable for an {@code !!int} without digits ({@code !!int 0x}, {@code !!int _}) or
   *     {@code !!binary} text that is not base64
   */
  static Kind kind(ScalarEvent scalar) {
    String value = scalar.getValue();
    if (value.isEmpty()) {
      // Empty is text whatever the tag (so an empty '!!binary' is not binary); Scalars makes it null.
      return Kind.TEXT;
    }
    String tag = scalar.getTag();
    if (tag == null || tag.equals("!")) {
      Tag resolved = RESOLVER.resolve(NodeId.scalar, value,
          scalar.getImplicit().canOmitTagInPlainScalar());
      if (resolved.equals(Tag.INT)) {
        return integer(value);
      }
      if (resolved.equals(Tag.FLOAT)) {
        return Kind.FLOAT;
      }
      if (resolved.equals(Tag.BOOL)) {
        return isBoolWord(value) ? Kind.BOOL : Kind.TEXT;
      }
      // Timestamps, '<<' and '=' stay text.
      return resolved.equals(Tag.NULL) ? Kind.NULL : Kind.TEXT;
    }
    if (tag.startsWith(CORE)) {
      // "tag:yaml.org,2002:int,2002" names int: only what comes before a comma counts.
      String name = tag.substring(CORE.length());
      return tagged(name.contains(",") ? name.substring(0, name.indexOf(',')) : name, value);
    }
    return tagged(tag, value);
  }

  private static Kind tagged(String tag, String value) {
    if (tag.equals("binary")) {
      // Decoded only to refuse text that is not base64 in the words it always was (jackson-core's).
      try {
        Base64Variants.MIME.decode(value.trim());
      } catch (IllegalArgumentException e) {
        throw new Unreadable(e.getMessage());
      }
      return Kind.BINARY;
    }
    if (tag.equals("bool")) {
      return isBoolWord(value) ? Kind.BOOL : Kind.TEXT;
    }
    return switch (tag) {
      case "int" -> integer(value);
      case "float" -> Kind.FLOAT;
      case "null" -> Kind.NULL;
      default -> Kind.TEXT;
    };
  }

  /** The YAML 1.1 boolean words; {@link Scalars} keeps all but true and false as text. */
  private static boolean isBoolWord(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "y", "n", "yes", "no", "on", "off", "true", "false" -> true;
      default -> false;
    };
  }

  /**
   * An integer as YAML 1.1 writes one: decimal with underscores, or {@code 0b}, {@code 0x} or a
   * leading {@code 0} (octal). Anything else under an int tag (sexagesimal {@code 1:30}, a bare
   * sign, {@code 1.5}) is text.
   */
  private static Kind integer(String value) {
    int i = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
    if (i == value.length()) {
      return Kind.TEXT;
    }
    if (value.charAt(i) == '0') {
      if (++i == value.length()) {
        return Kind.INT;
      }
      char c = value.charAt(i);
      if (c == 'b' || c == 'B') {
        return radix(value.substring(i + 1), 2, 31, 63);
      }
      if (c == 'x' || c == 'X') {
        return radix(value.substring(i + 1), 16, 7, 15);
      }
      if ((c >= '0' && c <= '9') || c == '_') {
        return radix(value.substring(i), 8, 10, 21);
      }
      return Kind.TEXT;
    }
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < '0' || c > '9') && c != '_') {
        return Kind.TEXT;
      }
    }
    String digits = value.replace("_", "").replace("+", "");
    if (digits.isEmpty() || digits.equals("-")) {
      throw new Unreadable("Invalid number ('" + value + "')");
    }
    return Kind.INT;
  }

  /**
   * Checks the digits of a binary, hexadecimal or octal integer by parsing them as an int, a long
   * or a BigInteger by their count, as Jackson did, so the same digits fail with the same words.
   */
  private static Kind radix(String digits, int radix, int maxIntDigits, int maxLongDigits) {
    String clean = digits.replace("_", "");
    try {
      if (clean.length() <= maxIntDigits) {
        Integer.parseInt(clean, radix);
      } else if (clean.length() <= maxLongDigits) {
        Long.parseLong(clean, radix);
      } else if (clean.length() <= 1000) {
        new BigInteger(clean, radix);
      }
      // Longer: not worth parsing; Scalars keeps such a number as text in any case.
    } catch (NumberFormatException e) {
      throw new Unreadable(String.format(Locale.ROOT, "Invalid base-%d number ('%s'), problem: %s",
          radix, clean, e.getMessage()));
    }
    return Kind.INT;
  }
}

package dev.stratsim.problem;

/**
 * Text that came from a user (a file, an argument, a title or name) as it may be printed: on one
 * line, with no character that moves the cursor, starts a terminal escape sequence (ESC, the C1
 * controls) or reorders what is shown (bidirectional overrides). Those are written as escapes
 * ({@code \n}, {@code \e}, {@code \u202e}), so that no input can plant a line that looks like
 * stratsim's own, retitle or clear a terminal, or break a table.
 */
public final class UserText {
  /** How much of a long text a message quotes. */
  public static final int MAX_QUOTED = 120;

  private UserText() {}

  /** The text with every control character escaped; the rest as it is. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(c);
      if (escaped != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        out.append(escaped != null ? escaped : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@link #escape escaped}, and cut to its first {@value #MAX_QUOTED} characters when longer. */
  public static String quote(String text) {
    if (text == null || text.length() <= MAX_QUOTED) {
      return escape(text);
    }
    return escape(text.substring(0, MAX_QUOTED)) + "... (" + text.length() + " characters)";
  }

  /** How many items of a long list a message names. */
  public static final int MAX_LISTED = 10;

  /**
   * {@code a, b, c}, or for more than {@value #MAX_LISTED} items the first ones and how many there
   * are in all: a message about a scenario of 500 actors names a few, not all of them.
   */
  public static String list(java.util.Collection<String> items) {
    if (items.size() <= MAX_LISTED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.stream().limit(MAX_LISTED).toList()) + ", ... (" + items.size() + " in all)";
  }

  /** How a character is written, or null when it is written as itself. */
  static String escape(char c) {
    switch (c) {
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      case 0x1b: return "\\e";
      case 0x07: return "\\a";
      case '\b': return "\\b";
      case '\f': return "\\f";
      case 0: return "\\0";
      default: return dangerous(c) ? String.format("\\u%04x", (int) c) : null;
    }
  }

  /**
   * A control character (C0, DEL, C1), a line or paragraph separator, or a character that
   * changes the direction text is shown in.
   */
  public static boolean dangerous(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
        || c == 0x061c;
  }
}

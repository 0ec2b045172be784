package dev.stratsim.expect;

/**
 * One lexeme.
 *
 * @param text the source text, as error messages quote it
 * @param column 1-based position of the first character
 * @param value the Double of a NUMBER, the unescaped String of a STRING, the MetricRef of a PATH
 */
record Token(Type type, String text, int column, Object value) {
  enum Type {
    NUMBER,
    STRING,
    /** {@code actor.metric} or {@code actor.metric@year}, lexed whole so no spaces fit inside. */
    PATH,
    /** A bare identifier: a keyword or a function name. */
    NAME,
    /** {@code + - * / < <= > >= == !=}. */
    OPERATOR,
    OPEN,
    CLOSE,
    COMMA,
    END
  }

  // Long string literals are cut in messages, which must stay on one short line.
  private static final int QUOTE_AT_MOST = 32;

  boolean is(Type type) {
    return this.type == type;
  }

  /** An operator or keyword with exactly this text. */
  boolean is(String symbol) {
    return (type == Type.OPERATOR || type == Type.NAME) && text.equals(symbol);
  }

  /** How "found ..." in an error message names it. */
  String describe() {
    if (type == Type.END) {
      return "end of input";
    }
    if (type == Type.STRING && text.length() > QUOTE_AT_MOST) {
      return text.substring(0, QUOTE_AT_MOST - 4) + "...\"";
    }
    return type == Type.STRING ? text : "'" + text + "'";
  }
}

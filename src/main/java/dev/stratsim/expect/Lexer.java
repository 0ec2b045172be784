package dev.stratsim.expect;

import dev.stratsim.expect.Token.Type;
import java.util.Set;

/** Splits expression text into tokens on demand, so errors come in reading order. */
final class Lexer {
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "true", "false");
  private static final int YEAR_DIGITS_AT_MOST = 9; // keeps a year inside an int
  // Only a supply share qualifies its metric with ':', so a stray ':' elsewhere stays an error.
  private static final String SHARE = "share";
  private static final String START = "start";

  private final String text;
  private int pos;
  private Token last;

  Lexer(String text) {
    this.text = text;
  }

  static boolean isKeyword(String word) {
    return KEYWORDS.contains(word);
  }

  Token next() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    last = pos == text.length() ? new Token(Type.END, "", pos + 1, null) : lex();
    return last;
  }

  private Token lex() {
    int start = pos;
    char c = text.charAt(pos);
    if (isDigit(c)) {
      return number(start);
    }
    if (isNameStart(c)) {
      return nameOrPath(start);
    }
    if (c == '"') {
      return string(start);
    }
    String two = text.startsWith("<=", pos) || text.startsWith(">=", pos)
        || text.startsWith("==", pos) || text.startsWith("!=", pos) ? text.substring(pos, pos + 2)
        : null;
    if (two != null) {
      pos += 2;
      return new Token(Type.OPERATOR, two, start + 1, null);
    }
    pos++;
    return switch (c) {
      case '+', '-', '*', '/', '<', '>' -> new Token(Type.OPERATOR, String.valueOf(c), start + 1,
          null);
      case '(' -> new Token(Type.OPEN, "(", start + 1, null);
      case ')' -> new Token(Type.CLOSE, ")", start + 1, null);
      case ',' -> new Token(Type.COMMA, ",", start + 1, null);
      default -> throw new ExpressionException(unexpected(c, start), start + 1);
    };
  }

  /** Says what was probably meant, since most stray characters come from other languages. */
  private String unexpected(char c, int at) {
    return switch (c) {
      case '=' -> "unexpected '='; use '==' to compare";
      case '!' -> "unexpected '!'; use 'not' or '!='";
      case '&' -> "unexpected '&'; use 'and'";
      case '|' -> "unexpected '|'; use 'or'";
      case '\'' -> "unexpected single quote; strings take double quotes";
      case '@' -> "unexpected '@'; write the year right after the metric, as in 'meta.rank@2029'";
      case ':' -> "unexpected ':'; only a supply share takes one, as in 'google.share:scale-ai'";
      case '.' -> last != null && last.column() - 1 + last.text().length() == at
          && last.text().contains("-")
          ? "unexpected '.'; " + Suggest.HYPHEN
          : "unexpected '.'";
      // Invisible characters (a pasted no-break space) are named by code point.
      default -> Character.isISOControl(c) || Character.isSpaceChar(c)
          ? String.format("unexpected character U+%04X", (int) c)
          : "unexpected character '" + c + "'";
    };
  }

  private Token number(int start) {
    digits();
    if (peek('.')) {
      pos++;
      if (!digits()) {
        throw new ExpressionException(
            "expected a digit after '" + text.substring(start, pos) + "'", pos + 1);
      }
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      if (!digits()) {
        throw new ExpressionException(
            "expected the exponent's digits after '" + text.substring(start, pos) + "'", pos + 1);
      }
    }
    String literal = text.substring(start, pos);
    double value = Double.parseDouble(literal);
    if (Double.isInfinite(value)) {
      throw new ExpressionException("number '" + literal + "' is too large", start + 1);
    }
    return new Token(Type.NUMBER, literal, start + 1, value);
  }

  private Token nameOrPath(int start) {
    String actor = name();
    if (!peek('.')) {
      return new Token(Type.NAME, actor, start + 1, null);
    }
    pos++;
    if (pos == text.length() || !isNameStart(text.charAt(pos))) {
      throw new ExpressionException("expected a metric name after '" + actor + ".'", pos + 1);
    }
    String metric = name();
    if (metric.equals(SHARE) && peek(':')) {
      metric = supplyShare(start);
    }
    Integer year = null;
    boolean atStart = false;
    if (peek('@')) {
      pos++;
      int yearStart = pos;
      if (word(START)) {
        atStart = true;
      } else if (!digits()) {
        throw new ExpressionException("expected a year or '" + START + "' after '"
            + text.substring(start, pos) + "'", pos + 1);
      } else if (pos - yearStart > YEAR_DIGITS_AT_MOST) {
        throw new ExpressionException("year " + text.substring(yearStart, pos) + " is too large",
            yearStart + 1);
      } else {
        year = Integer.valueOf(text.substring(yearStart, pos));
      }
    }
    return new Token(Type.PATH, text.substring(start, pos), start + 1,
        new Expr.MetricRef(actor, metric, year, atStart));
  }

  /** {@code share:SUPPLIER}, after {@code share}: a customer's share of that supplier. */
  private String supplyShare(int start) {
    pos++;
    if (pos == text.length() || !isSupplierStart(text.charAt(pos))) {
      throw new ExpressionException(
          "expected a supplier's id after '" + text.substring(start, pos) + "'", pos + 1);
    }
    return Expr.MetricRef.SHARE + name();
  }

  /**
   * Consumes {@code word} if it comes next as a whole word; a '-' may follow, as after a year
   * ({@code meta.data@start-meta.data@2025}), since no name ends a path.
   */
  private boolean word(String word) {
    int end = pos + word.length();
    if (!text.startsWith(word, pos)
        || (end < text.length() && (isNameStart(text.charAt(end)) || isDigit(text.charAt(end))))) {
      return false;
    }
    pos = end;
    return true;
  }

  private Token string(int start) {
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < text.length() && text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c == '\\') {
        if (pos == text.length() || (text.charAt(pos) != '"' && text.charAt(pos) != '\\')) {
          // Only the two escapes a rule name could need; anything else is likely a mistake.
          throw new ExpressionException("expected '\"' or '\\' after a backslash", pos);
        }
        c = text.charAt(pos++);
      }
      value.append(c);
    }
    if (pos == text.length()) {
      throw new ExpressionException("expected a '\"' to end the string", start + 1);
    }
    pos++;
    return new Token(Type.STRING, text.substring(start, pos), start + 1, value.toString());
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && isNamePart(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** Consumes a run of digits; false if there was none. */
  private boolean digits() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  // ASCII only, as the grammar says: Character.isDigit would admit other scripts' digits.
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  // Actor ids may start with a digit; after 'share:' nothing else could be meant.
  private static boolean isSupplierStart(char c) {
    return isNameStart(c) || isDigit(c);
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c) || c == '-';
  }
}

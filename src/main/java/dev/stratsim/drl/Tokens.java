package dev.stratsim.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Code as the DRL holds it (a constraint, a consequence, a function body) cut into words, numbers,
 * string literals and symbols, comments left out. The descriptor tree of Drools' parser stops at
 * a constraint's expression string; what the expression reads is found in its tokens, so a name in
 * a comment or inside another string is never taken for a read.
 */
public final class Tokens {
  public enum Kind { WORD, NUMBER, STRING, SYMBOL }

  /**
   * One token: a {@code STRING}'s text is what stands between its quotes, escapes as written;
   * {@code offset} counts characters into the code and {@code line} lines, from 0.
   */
  public record Token(Kind kind, String text, int offset, int line) {
    public boolean is(Kind kind, String text) {
      return this.kind == kind && this.text.equals(text);
    }
  }

  /** Operators of two characters, kept whole so that {@code ||} is told from two {@code |}. */
  private static final List<String> PAIRS = List.of("==", "!=", "<=", ">=", "&&", "||");

  private Tokens() {}

  public static List<Token> of(String code) {
    List<Token> tokens = new ArrayList<>();
    int line = 0;
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      int start = i;
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (code.startsWith("//", i)) {
        i = lineEnd(code, i);
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? code.length() : end + 2;
        line += newlines(code, start, i);
      } else if (c == '"' || c == '\'') {
        // MVEL takes a string in either quote; one left open ends with its line, as Java's would.
        i++;
        while (i < code.length() && code.charAt(i) != c && code.charAt(i) != '\n') {
          i += code.charAt(i) == '\\' && i + 1 < code.length() && code.charAt(i + 1) != '\n' ? 2 : 1;
        }
        tokens.add(new Token(Kind.STRING, code.substring(start + 1, i), start, line));
        i = i < code.length() && code.charAt(i) == c ? i + 1 : i;
      } else if (Character.isJavaIdentifierStart(c)) {
        do {
          i++;
        } while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i)));
        tokens.add(new Token(Kind.WORD, code.substring(start, i), start, line));
      } else if (Character.isDigit(c)) {
        do {
          i++;
        } while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.'
            || code.charAt(i) == '_'));
        tokens.add(new Token(Kind.NUMBER, code.substring(start, i), start, line));
      } else {
        i += i + 1 < code.length() && PAIRS.contains(code.substring(i, i + 2)) ? 2 : 1;
        tokens.add(new Token(Kind.SYMBOL, code.substring(start, i), start, line));
      }
    }
    return tokens;
  }

  /**
   * The knob names the code reads by literal name, {@code $k.num("control_stake")} or in a
   * function {@code k.num("...")}: whatever holds the {@code Knobs} fact, its {@code num} method.
   */
  public static List<Token> knobNames(List<Token> tokens) {
    List<Token> names = new ArrayList<>();
    for (int i = 0; i + 4 < tokens.size(); i++) {
      if (tokens.get(i).is(Kind.SYMBOL, ".") && tokens.get(i + 1).is(Kind.WORD, "num")
          && tokens.get(i + 2).is(Kind.SYMBOL, "(") && tokens.get(i + 3).kind() == Kind.STRING
          && !tokens.get(i + 3).text().isEmpty() && tokens.get(i + 4).is(Kind.SYMBOL, ")")) {
        names.add(tokens.get(i + 3));
      }
    }
    return names;
  }

  /** A field compared with a literal, {@code metric == "capex_usd"}: the field's word and the literal. */
  public record Comparison(Token field, Token literal) {}

  /** Each {@code field == "literal"} for one of {@code fields}, such as {@code metric} or {@code role}, in order. */
  public static List<Comparison> equalsLiteral(List<Token> tokens, Set<String> fields) {
    List<Comparison> found = new ArrayList<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).kind() == Kind.WORD && fields.contains(tokens.get(i).text())
          && tokens.get(i + 1).is(Kind.SYMBOL, "==") && tokens.get(i + 2).kind() == Kind.STRING) {
        found.add(new Comparison(tokens.get(i), tokens.get(i + 2)));
      }
    }
    return found;
  }

  private static int lineEnd(String code, int from) {
    int end = code.indexOf('\n', from);
    return end < 0 ? code.length() : end;
  }

  private static int newlines(String code, int from, int to) {
    return (int) code.substring(from, to).chars().filter(ch -> ch == '\n').count();
  }
}

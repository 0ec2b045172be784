package dev.stratsim.yaml;

import java.util.Locale;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a parser failure into one short line at the right place, without the parser's multi-line
 * excerpts.
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /** {@code at} maps a 1-based line and column to a location. */
  static Location locate(MarkedYAMLException e, BiFunction<Integer, Integer, Location> at) {
    Mark mark = e.getProblemMark();
    return mark == null ? at.apply(0, 0) : at.apply(mark.getLine() + 1, mark.getColumn() + 1);
  }

  static String message(MarkedYAMLException e) {
    String problem = clean(String.valueOf(e.getProblem()));
    String hint = hint(problem);
    if (hint != null) {
      return "invalid YAML: " + hint;
    }
    StringBuilder out = new StringBuilder("invalid YAML: ").append(problem);
    if (e.getContext() != null && e.getContextMark() != null) {
      Mark start = e.getContextMark();
      out.append(" (").append(clean(e.getContext())).append(" that starts at line ")
          .append(start.getLine() + 1).append(", column ").append(start.getColumn() + 1)
          .append(')');
    }
    return out.toString();
  }

  /** A failure that comes with no place of its own, such as a control character in the text. */
  static String message(String text) {
    return "invalid YAML: " + clean(String.valueOf(text));
  }

  /** Plain words for the mistakes people actually make in hand-written files. */
  private static String hint(String problem) {
    String lower = problem.toLowerCase(Locale.ROOT);
    if (lower.contains("\\t(tab)")) {
      return "a tab character cannot be used here; indent with spaces";
    }
    if (lower.startsWith("mapping values are not allowed")) {
      return "unexpected ':'; quote a value that contains ': ' or fix the indentation";
    }
    if (lower.startsWith("could not find expected ':'")) {
      return "could not find the ':' after a key; write 'key: value' or quote the text";
    }
    if (lower.startsWith("expected <block end>")) {
      return "bad indentation; items of one map or list must start in the same column";
    }
    return null;
  }

  private static String firstLine(String text) {
    int cut = text.indexOf('\n');
    return cut < 0 ? text : text.substring(0, cut);
  }

  private static String clean(String text) {
    String t = firstLine(text).strip();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }
}

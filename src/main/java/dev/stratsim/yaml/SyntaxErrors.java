package dev.stratsim.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a parser failure into one short line at the right place, without the parser's multi-line
 * excerpts or "Source: (StringReader)" noise.
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /** {@code at} maps a 1-based line and column to a location. */
  static Location locate(Exception e, BiFunction<Integer, Integer, Location> at) {
    MarkedYAMLException marked = marked(e);
    if (marked != null && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return at.apply(mark.getLine() + 1, mark.getColumn() + 1);
    }
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      JsonLocation loc = jpe.getLocation();
      return at.apply(Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }
    return at.apply(0, 0);
  }

  static String message(Exception e) {
    MarkedYAMLException marked = marked(e);
    if (marked == null) {
      String text = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage()
          : e.getMessage();
      return "invalid YAML: " + clean(firstLine(String.valueOf(text)));
    }
    String problem = clean(String.valueOf(marked.getProblem()));
    String hint = hint(problem);
    if (hint != null) {
      return "invalid YAML: " + hint;
    }
    StringBuilder out = new StringBuilder("invalid YAML: ").append(problem);
    if (marked.getContext() != null && marked.getContextMark() != null) {
      Mark start = marked.getContextMark();
      out.append(" (").append(clean(marked.getContext())).append(" that starts at line ")
          .append(start.getLine() + 1).append(", column ").append(start.getColumn() + 1)
          .append(')');
    }
    return out.toString();
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

  private static MarkedYAMLException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
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

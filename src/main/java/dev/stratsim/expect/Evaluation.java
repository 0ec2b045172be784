package dev.stratsim.expect;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of {@link Evaluator#evaluate}.
 *
 * @param value a Double or a Boolean
 * @param seen every metric path and function call that was evaluated, with its value, in order of
 *     first appearance; {@code and}/{@code or} skip their right side when the left decides, so
 *     this lists what decided the result
 */
public record Evaluation(Object value, List<Observation> seen) {
  public Evaluation {
    if (!(value instanceof Double || value instanceof Boolean)) {
      throw new IllegalArgumentException("a value is a Double or a Boolean, not " + value);
    }
    seen = List.copyOf(seen);
  }

  /** Whether a check passed. */
  public boolean holds() {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new IllegalStateException("a number is not a check: " + Numbers.brief(value));
  }

  /** {@code meta.rank@2029 was 3, meta.data@2025 was 61.2}, or "" when nothing was looked up. */
  public String describeSeen() {
    return seen.stream().map(Observation::toString).collect(Collectors.joining(", "));
  }

  /**
   * A failed (or passed) check as a report line: {@code meta.rank@2029 <= 2: meta.rank@2029 was
   * 3}; just the source when nothing was looked up.
   */
  public String describe(Expr expr) {
    Objects.requireNonNull(expr, "expr");
    return seen.isEmpty() ? expr.toString() : expr + ": " + describeSeen();
  }

  /** The same line with its numbers, literals and values seen, written by {@code shown}. */
  public String describe(Expr expr, Shown shown) {
    String source = Expr.print(Objects.requireNonNull(expr, "expr"), shown);
    return seen.isEmpty() ? source
        : source + ": " + seen.stream().map(o -> o.shown(shown)).collect(Collectors.joining(", "));
  }
}

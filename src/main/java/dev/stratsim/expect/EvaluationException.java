package dev.stratsim.expect;

import java.util.Collection;

/**
 * A well-formed expression that cannot be evaluated against a run: it names an unknown actor,
 * metric, year or rule, or divides by zero.
 *
 * <p>{@link Facts} implementations should throw it through the factories here, so every such
 * message offers the same help (close names, the valid range).
 */
public final class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvaluationException(String message) {
    super(message);
  }

  /**
   * {@code unknown actor 'scale-a' (did you mean 'scale-ai'?)}.
   *
   * @param what what {@code name} was meant to be: "actor", "metric", "rule"
   * @param known the valid names, to suggest close ones or list them when there are few
   */
  public static EvaluationException unknown(String what, String name, Collection<String> known) {
    return new EvaluationException(
        "unknown " + what + " '" + name + "'" + Suggest.hint(name, known));
  }

  /** {@code no year 2031 in this run (it covers 2025 to 2030)}. */
  public static EvaluationException unknownYear(int year, int first, int last) {
    return new EvaluationException(
        "no year " + year + " in this run (it covers " + first + " to " + last + ")");
  }
}

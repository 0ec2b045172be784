package dev.stratsim.expect;

/**
 * An {@code expect:} expression that cannot be parsed or does not type-check.
 *
 * <p>The message is one line ending in {@code at column N}; callers that report the column
 * themselves (for example as a {@code Problem} inside a scenario file) can use {@link #reason()}.
 */
public final class ExpressionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String reason;
  private final int column;

  public ExpressionException(String reason, int column) {
    super(reason + " at column " + column);
    this.reason = reason;
    this.column = column;
  }

  /** The message without the trailing {@code at column N}. */
  public String reason() {
    return reason;
  }

  /** 1-based position in the expression text of what was wrong. */
  public int column() {
    return column;
  }
}

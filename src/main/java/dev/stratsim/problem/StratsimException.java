package dev.stratsim.problem;

/** A failure stratsim explains to the user in its own words, without a stack trace. */
public abstract sealed class StratsimException extends RuntimeException
    permits InvalidInputException, RuleFailureException {
  private static final long serialVersionUID = 1L;

  protected StratsimException(String message) {
    super(message);
  }

  protected StratsimException(String message, Throwable cause) {
    super(message, cause);
  }
}

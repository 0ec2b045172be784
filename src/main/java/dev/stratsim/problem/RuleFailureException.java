package dev.stratsim.problem;

/** A rule threw or kept firing while a scenario ran; maps to exit code 3. */
public final class RuleFailureException extends StratsimException {
  private static final long serialVersionUID = 1L;

  public RuleFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.stratsim.cli;

/** Every exit code stratsim uses, in one place; README documents the same table. */
public final class ExitCodes {
  public static final int EXIT_OK = 0;
  /** A scenario's expectations did not hold. */
  public static final int EXIT_EXPECTATIONS_FAILED = 1;
  /** Arguments, a scenario or the rules are wrong: fix the input and run again. */
  public static final int EXIT_INVALID_INPUT = 2;
  /** A rule threw or kept firing while a scenario ran. */
  public static final int EXIT_RULE_FAILURE = 3;
  /** Stopped by Ctrl-C; what was finished has been written. */
  public static final int EXIT_INTERRUPTED = 130;
  /** A bug in stratsim itself. */
  public static final int EXIT_INTERNAL_ERROR = 70;

  private ExitCodes() {}
}

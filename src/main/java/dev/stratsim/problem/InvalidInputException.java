package dev.stratsim.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The user's input (arguments, scenario, rules) is wrong; maps to exit code 2. */
public final class InvalidInputException extends StratsimException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  /** Throws when there is any problem, all of them at once; with none, returns. */
  public static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public List<Problem> problems() {
    return problems;
  }
}

package dev.stratsim.cli;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;

/** Checks of option combinations that picocli cannot express. */
final class Options {
  private Options() {}

  static void requireWith(boolean given, boolean other, String option, String needed) {
    if (given && !other) {
      throw new InvalidInputException(Problem.general(option + " needs " + needed + "; add " + needed + " N"));
    }
  }
}

package dev.stratsim.batch;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.util.function.Consumer;

/**
 * How many worker threads a command runs: one per core by default, at most {@value #MAX_PER_CORE}
 * per core whatever is asked, since more only add memory and switching (each thread runs the rules
 * flat out) and enough of them make the JVM fail to start a thread at all.
 */
public final class Threads {
  /** The most threads per core a command starts. */
  public static final int MAX_PER_CORE = 4;

  private Threads() {}

  /** The most threads a command starts on this machine. */
  public static int max() {
    return MAX_PER_CORE * Runtime.getRuntime().availableProcessors();
  }

  /**
   * The threads to run for {@code --threads asked}: one per core when not given, the most
   * allowed (with a one-line note) when more were asked.
   *
   * @throws InvalidInputException for fewer than 1
   */
  public static int of(Integer asked, Consumer<String> note) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (asked == null) {
      return cores;
    }
    if (asked < 1) {
      throw new InvalidInputException(Problem.general("--threads " + asked + " is too few; give at least 1"));
    }
    if (asked > max()) {
      note.accept("note: --threads " + asked + " is more than " + MAX_PER_CORE + " per core (" + cores
          + (cores == 1 ? " core" : " cores") + " here); using " + max());
      return max();
    }
    return asked;
  }
}

package dev.stratsim.spark;

import dev.stratsim.batch.Rows;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.RuleFailureException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What one partition sends back: the rows of its range of indexes, from its first up to its
 * first failure if a row failed, and that failure. Only the numbers travel, never a projection.
 *
 * @param from the partition's first index
 * @param rows the rows of {@code from}, {@code from + 1}, ... in order
 * @param failure the failure of row {@code from + rows.length}, or null
 */
record Chunk(long from, double[][] rows, Failure failure) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A row that failed as a local run fails: a rule (exit 3) or an input (exit 2), with the
   * messages the local run prints, paths named as the command line named them.
   */
  record Failure(boolean rule, List<String> messages) implements Serializable {
    private static final long serialVersionUID = 1L;

    RuntimeException exception() {
      return rule ? new RuleFailureException(messages.get(0), null)
          : new InvalidInputException(messages.stream().map(Problem::general).toList());
    }
  }

  /** Evaluates indexes {@code from} to {@code to - 1}, stopping at the first that fails. */
  static Chunk evaluate(Rows rows, long from, long to) {
    LongFunction<double[]> row = rows.open();
    List<double[]> done = new ArrayList<>();
    Failure failure = null;
    for (long i = from; i < to && failure == null; i++) {
      try {
        done.add(row.apply(i));
      } catch (RuleFailureException e) {
        failure = new Failure(true, List.of(rows.shown(e.getMessage())));
      } catch (InvalidInputException e) {
        failure = new Failure(false, e.problems().stream().map(p -> rows.shown(p.toString())).toList());
      }
    }
    return new Chunk(from, done.toArray(double[][]::new), failure);
  }

  /** The index after the last row. */
  long to() {
    return from + rows.length;
  }
}

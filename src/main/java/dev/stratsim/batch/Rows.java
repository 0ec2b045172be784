package dev.stratsim.batch;

import java.io.Serializable;
import java.util.function.LongFunction;

/**
 * A command's work as numbered rows of numbers: row {@code i} holds the metrics of Monte Carlo
 * sample {@code i}, of grid point {@code i}, or of the tornado's run {@code i}. Made where the
 * command runs, it is evaluated there ({@link LocalEngine}) or carried to other JVMs and rebuilt
 * there from the files it carries (the Spark engine); either way row {@code i} comes from the
 * same function of {@code i}, so both engines give the same numbers.
 */
public interface Rows extends Serializable {
  /**
   * The evaluation of a row: the command's own where it was made, else built once per task from
   * what the rows carry (the rules are compiled once per JVM). Thread-safe. It throws what the
   * local run throws for a failing row: a {@link dev.stratsim.problem.RuleFailureException} or an
   * {@link dev.stratsim.problem.InvalidInputException} naming the row.
   */
  LongFunction<double[]> open();

  /** A message written where the rows were rebuilt, with paths named as the command line named them. */
  String shown(String message);
}

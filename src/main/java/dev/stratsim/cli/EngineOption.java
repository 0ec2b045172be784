package dev.stratsim.cli;

import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Engines;
import dev.stratsim.batch.LocalEngine;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import picocli.CommandLine.Option;

/** {@code --engine local|spark} with Spark's {@code --master} and {@code --partitions} (docs/spark.md). */
final class EngineOption {
  enum Kind { local, spark }

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
      description = "Where the runs are evaluated: local threads, or Apache Spark (default: ${DEFAULT-VALUE});"
          + " the output is the same bytes.")
  Kind engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master, e.g. local[2] or spark://HOST:7077 (default: what"
          + " spark-submit set, else local[*]).")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "With --engine spark: split the runs into N partitions (default: 4 per core Spark offers, more"
          + " so that none holds over 1000 runs).")
  Integer partitions;

  boolean spark() {
    return engine == Kind.spark;
  }

  /**
   * Checks the options together, and that Spark is there when asked for, before any file is read.
   *
   * @param threads the command's {@code --threads}, which only local threads take
   */
  void check(Integer threads) {
    if (!spark()) {
      if (master != null || partitions != null) {
        throw new InvalidInputException(Problem.general((master != null ? "--master" : "--partitions")
            + " needs --engine spark; add --engine spark, or leave it out to run on local threads"));
      }
      return;
    }
    if (threads != null) {
      throw new InvalidInputException(Problem.general("--threads is for --engine local; with --engine spark the"
          + " master says how many runs go at once (local[N] runs N), so leave --threads out"));
    }
    Engines.checkSpark(master, partitions);
  }

  /** The engine asked for: {@code threads} local threads, or Spark. */
  Engine open(int threads) {
    return spark() ? Engines.spark(master, partitions) : new LocalEngine(threads);
  }
}

package dev.stratsim.batch;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import java.lang.reflect.InvocationTargetException;
import java.util.regex.Pattern;

/**
 * The engines a command can run its rows on. The Spark engine is looked up by name, and only when
 * asked for: the main jar does not bundle Spark, and starting a command never loads a Spark class.
 */
public final class Engines {
  /** The most partitions a Spark job is split into: each is a task the driver schedules and tracks. */
  public static final int MAX_PARTITIONS = 100_000;
  /** The class of the Spark engine, in the same jar, usable once Spark is on the class path. */
  static final String SPARK_ENGINE = "dev.stratsim.spark.SparkEngine";
  /** The master URLs Spark 4 takes: local modes, a standalone cluster, YARN and Kubernetes. */
  private static final Pattern MASTER = Pattern.compile(
      "local|local\\[(\\*|[1-9][0-9]{0,4})(,[1-9][0-9]{0,3})?]|local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]"
          + "|spark://[A-Za-z0-9.\\-\\[\\]:]+:[0-9]{1,5}(,[A-Za-z0-9.\\-\\[\\]:]+:[0-9]{1,5})*|yarn|k8s://\\S+");

  private Engines() {}

  /**
   * Checks {@code --master} and {@code --partitions} and that Spark can be loaded, before
   * anything else is read.
   *
   * @throws InvalidInputException naming what is wrong and what to do
   */
  public static void checkSpark(String master, Integer partitions) {
    if (master != null && !MASTER.matcher(master).matches()) {
      throw new InvalidInputException(Problem.general("--master '" + UserText.quote(master) + "' is not a Spark"
          + " master URL; give local[N], local[*], spark://HOST:PORT, yarn or k8s://URL (docs/spark.md)"));
    }
    if (partitions != null && (partitions < 1 || partitions > MAX_PARTITIONS)) {
      throw new InvalidInputException(Problem.general("--partitions " + partitions + " is out of range; give 1 to "
          + MAX_PARTITIONS));
    }
    try {
      Class.forName("org.apache.spark.SparkContext", false, Engines.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new InvalidInputException(Problem.general("--engine spark: Spark is not on this Java's class path;"
          + " run ./stratsim (it adds Spark for --engine spark) or spark-submit with target/stratsim-spark.jar"
          + " (docs/spark.md)"));
    }
  }

  /**
   * The Spark engine on {@code master} (null: what spark-submit set, else {@code local[*]}), its
   * jobs split into {@code partitions} (null: four per core Spark offers, more so that none holds
   * over 1000 rows).
   */
  public static Engine spark(String master, Integer partitions) {
    checkSpark(master, partitions);
    try {
      return (Engine) Class.forName(SPARK_ENGINE).getMethod("open", String.class, Integer.class)
          .invoke(null, master, partitions);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Spark engine " + SPARK_ENGINE + " is missing from this jar", e);
    }
  }
}

package dev.stratsim.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark context of the test JVM, in local mode: two cores, and a task may fail three times
 * before its job does, as on a cluster, so a test can make an attempt fail and see it recomputed.
 * Starting Spark takes seconds, so every test shares it; a command's --master then finds it running.
 */
public final class LocalSpark {
  public static final String MASTER = "local[2,3]";

  private LocalSpark() {}

  public static void start() {
    SparkEngine.context(MASTER);
  }

  /** Spark SQL on the shared context: to read back what a command wrote. */
  public static SparkSession session() {
    return SparkSession.builder().sparkContext(SparkEngine.context(MASTER).sc()).getOrCreate();
  }
}

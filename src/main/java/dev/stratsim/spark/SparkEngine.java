package dev.stratsim.spark;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.Engines;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.Rows;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.batch.Table;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Rows evaluated on Spark executors. The indexes are split into contiguous ranges, one per
 * partition; each task rebuilds the command's evaluation from what the rows carry (once per
 * executor JVM for the rules and scenario), evaluates its range in order and sends back only the
 * rows of numbers. The driver puts them in index order before the command combines them, so the
 * output is the same bytes as a local run's whatever the partitions and executors.
 *
 * <p>The chunks come back through an accumulator, which Spark merges once per successful task: a
 * task retried after a lost executor counts once, and on Ctrl-C the finished partitions are kept,
 * so the command reports the complete first part of the rows, as a local run does.
 */
public final class SparkEngine implements Engine {
  /** Partitions per core Spark offers, by default: short tasks even out samples of unequal cost. */
  static final int PARTITIONS_PER_CORE = 4;
  /**
   * The most rows of a default partition (a few seconds of work): a partition's rows come back
   * whole, so Ctrl-C loses at most this much per core and the progress bar moves this often.
   */
  static final long ROWS_PER_PARTITION = 1000;
  private static final long POLL_MILLIS = 200;

  private final JavaSparkContext spark;
  private final Integer partitions;

  SparkEngine(JavaSparkContext spark, Integer partitions) {
    this.spark = spark;
    this.partitions = partitions;
  }

  /**
   * The engine on {@code master}; null takes the master spark-submit set, else {@code local[*]}.
   * One Spark context serves the whole process (Spark allows no second).
   */
  public static Engine open(String master, Integer partitions) {
    return new SparkEngine(context(master), partitions);
  }

  static synchronized JavaSparkContext context(String master) {
    SparkConf conf = new SparkConf().setAppName("stratsim");
    String chosen = master != null ? master : conf.get("spark.master", "local[*]");
    conf.setMaster(chosen);
    // A command line has no use for Spark's web page or its console progress bar.
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    if (chosen.startsWith("local")) {
      // Local mode talks to itself only: no lookup of the host's name, no port on other interfaces.
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    return JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
  }

  /** The partitions a job of {@code count} rows is split into. */
  int partitions(long count) {
    long wanted = partitions != null ? partitions : Math.min(Engines.MAX_PARTITIONS, Math.max(
        (long) PARTITIONS_PER_CORE * spark.defaultParallelism(), (count + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION));
    return (int) Math.max(1, Math.min(count, wanted));
  }

  @Override
  public Batch.Outcome run(long count, Rows rows, Sink sink, Progress progress, StopSignal stop) {
    if (count == 0) {
      return new Batch.Outcome(0, false);
    }
    int n = partitions(count);
    List<long[]> ranges = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      ranges.add(new long[] {count * p / n, count * (p + 1) / n});
    }
    CollectionAccumulator<Chunk> finished = spark.sc().collectionAccumulator("stratsim rows");
    JavaFutureAction<Void> job = spark.parallelize(ranges, n)
        .foreachAsync(range -> finished.add(Chunk.evaluate(rows, range[0], range[1])));
    SortedMap<Long, Chunk> chunks = new TreeMap<>();
    await(job, stop, () -> collect(finished, chunks, progress));
    collect(finished, chunks, progress);
    long next = 0;
    for (Chunk chunk : chunks.values()) {
      if (chunk.from() != next) {
        break;  // a partition not finished: stopped
      }
      for (double[] row : chunk.rows()) {
        sink.put(next++, row);
      }
      if (chunk.failure() != null) {
        // The partitions before it are complete, so this is the lowest failing index.
        throw chunk.failure().exception();
      }
    }
    return new Batch.Outcome(next, next < count);
  }

  /**
   * Writes the table through Spark's DataFrameWriter: each partition's task makes its slice's rows
   * and writes them as one part file, so no row is gathered on the driver. CSV has every cell as
   * the text a local run's CSV file has, quoted as that file quotes (RFC 4180: a cell with a comma,
   * quote or line break in double quotes, quotes doubled), lines ending in CRLF, a header row in
   * each part; Parquet has the columns' types.
   */
  @Override
  public void writeTable(Table table, Table.Format format, Path folder) {
    long count = table.count();
    if (count == 0) {
      return;
    }
    int n = partitions(count);
    List<Serializable> slices = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      slices.add(table.slice(count * p / n, count * (p + 1) / n));
    }
    boolean texts = format == Table.Format.csv;
    JavaRDD<Row> rows = spark.parallelize(slices, n).mapPartitions(rowsOf(table, texts));
    SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
    DataFrameWriter<Row> writer = session.createDataFrame(rows, schema(table, texts)).write().mode(SaveMode.Append);
    String path = folder.toAbsolutePath().toUri().toString();
    try {
      if (texts) {
        writer.option("header", "true").option("quote", "\"").option("escape", "\"").option("lineSep", "\r\n")
            .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
            .option("emptyValue", "").csv(path);
      } else {
        writer.parquet(path);
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException("the Spark job writing " + folder + " failed: " + firstLine(e), e);
    }
  }

  /** The rows of the slices in a partition, as Spark rows; static, so that only the table travels. */
  private static FlatMapFunction<Iterator<Serializable>, Row> rowsOf(Table table, boolean texts) {
    return slices -> {
      List<Iterator<Object[]>> parts = new ArrayList<>();
      slices.forEachRemaining(slice -> parts.add(table.rows(slice, texts)));
      return parts.stream().flatMap(part -> {
        Iterable<Object[]> each = () -> part;
        return StreamSupport.stream(each.spliterator(), false);
      }).map(RowFactory::create).iterator();
    };
  }

  private static StructType schema(Table table, boolean texts) {
    return new StructType(table.columns().stream()
        .map(c -> DataTypes.createStructField(c.name(), texts ? DataTypes.StringType : switch (c.type()) {
          case LONG -> DataTypes.LongType;
          case DOUBLE -> DataTypes.DoubleType;
          case BOOLEAN -> DataTypes.BooleanType;
          case TEXT -> DataTypes.StringType;
        }, false))
        .toArray(StructField[]::new));
  }

  /** Waits for the job, cancelling it when the command is stopped; a failed job is a bug (exit 70). */
  private static void await(JavaFutureAction<Void> job, StopSignal stop, Runnable poll) {
    while (true) {
      try {
        job.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        poll.run();
        if (stop.stopped()) {
          job.cancel(true);
          return;
        }
      } catch (CancellationException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        job.cancel(true);
        return;
      } catch (ExecutionException e) {
        if (stop.stopped()) {
          return;
        }
        throw new IllegalStateException("the Spark job failed: " + firstLine(e.getCause()), e.getCause());
      }
    }
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Takes the chunks finished so far, each partition once, stepping the progress by their rows. */
  private static void collect(CollectionAccumulator<Chunk> finished, SortedMap<Long, Chunk> chunks,
      Progress progress) {
    for (Chunk chunk : finished.value()) {
      if (chunks.putIfAbsent(chunk.from(), chunk) == null) {
        for (int i = 0; i < chunk.rows().length; i++) {
          progress.step();
        }
      }
    }
  }
}

package dev.stratsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.LocalEngine;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.Rows;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.problem.RuleFailureException;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spark engine against local threads, on rows that need no rules. */
class SparkEngineTest {
  @BeforeAll
  static void spark() {
    LocalSpark.start();
  }

  /** Row i is a few numbers of i; its first attempt fails in the partitions that hold a multiple of 5. */
  static final class Flaky implements Rows {
    private static final long serialVersionUID = 1L;
    private final long failAt;

    Flaky(long failAt) {
      this.failAt = failAt;
    }

    @Override
    public LongFunction<double[]> open() {
      return i -> {
        TaskContext task = TaskContext.get();
        if (task != null && task.attemptNumber() == 0 && i % 5 == 0) {
          throw new IllegalStateException("executor lost while running row " + i);
        }
        if (i == failAt) {
          throw new RuleFailureException("sample " + i + " (seed 1): rule \"R\" failed", null);
        }
        return new double[] {i * 0.1, Math.sqrt(i), i % 3};
      };
    }

    @Override
    public String shown(String message) {
      return message;
    }
  }

  /** Rows 40 and 90 fail as a rule fails. */
  static final class Failing implements Rows {
    private static final long serialVersionUID = 1L;

    @Override
    public LongFunction<double[]> open() {
      return i -> {
        if (i == 40 || i == 90) {
          throw new RuleFailureException("row " + i + " failed", null);
        }
        return new double[] {i};
      };
    }

    @Override
    public String shown(String message) {
      return message;
    }
  }

  /** Raised by row 60 of {@link Stopping}: in local mode the executors share the driver's JVM. */
  static volatile StopSignal stop;

  /** Row 60 stops the run, as Ctrl-C would; the rows after it are slow, so the job is still running then. */
  static final class Stopping implements Rows {
    private static final long serialVersionUID = 1L;

    @Override
    public LongFunction<double[]> open() {
      return i -> {
        if (i == 60) {
          stop.stop();
        }
        if (i >= 60) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return new double[] {i};
      };
    }

    @Override
    public String shown(String message) {
      return message;
    }
  }

  private static TreeMap<Long, double[]> rows(Engine engine, long count, Rows rows) {
    TreeMap<Long, double[]> got = new TreeMap<>();
    Batch.Outcome outcome = engine.run(count, rows, (i, row) -> {
      synchronized (got) {
        got.put(i, row);
      }
    }, Progress.NONE, StopSignal.manual());
    assertThat(outcome).isEqualTo(new Batch.Outcome(count, false));
    return got;
  }

  @Test
  void aFailedAttemptIsRecomputedAndTheRowsAreTheLocalOnes() {
    TreeMap<Long, double[]> local = rows(new LocalEngine(2), 103, new Flaky(-1));
    for (int partitions : new int[] {2, 7}) {
      TreeMap<Long, double[]> spark = rows(SparkEngine.open(null, partitions), 103, new Flaky(-1));

      assertThat(spark.keySet()).containsExactlyElementsOf(local.keySet());
      local.forEach((i, row) -> assertThat(spark.get(i)).as("row " + i).containsExactly(row));
    }
  }

  @Test
  void theFailureOfTheLowestFailingRowIsThrown() {
    // Rows 40 and 90 fail in different partitions: the lower is reported, as on local threads.
    Rows rows = new Failing();

    for (Engine engine : new Engine[] {new LocalEngine(2), SparkEngine.open(null, 7)}) {
      assertThatThrownBy(() -> engine.run(100, rows, (i, row) -> {}, Progress.NONE, StopSignal.manual()))
          .isInstanceOf(RuleFailureException.class).hasMessage("row 40 failed");
    }
  }

  @Test
  void aStoppedRunKeepsTheCompletePartitionsBeforeTheFirstUnfinishedOne() {
    stop = StopSignal.manual();
    TreeMap<Long, double[]> got = new TreeMap<>();

    Batch.Outcome outcome = SparkEngine.open(null, 7).run(100, new Stopping(), (i, row) -> {
      synchronized (got) {
        got.put(i, row);
      }
    }, Progress.NONE, stop);

    assertThat(outcome.stopped()).isTrue();
    // The partitions are 0-13, 14-27, 28-41, 42-56, 57-70, 71-84 and 85-99: what is kept ends at a boundary.
    assertThat(outcome.done()).isIn(0L, 14L, 28L, 42L, 57L);
    assertThat(got.keySet()).containsExactlyElementsOf(LongStream.range(0, outcome.done())
        .boxed().toList());
  }

  @Test
  void moreRowsThanPartitionsAndFewerAreBothSplitWithoutGaps() {
    SparkEngine engine = (SparkEngine) SparkEngine.open(null, 7);

    assertThat(engine.partitions(3)).isEqualTo(3);
    assertThat(engine.partitions(1000)).isEqualTo(7);
    // By default four per core (two here), and no more than 1000 rows in each.
    SparkEngine byDefault = (SparkEngine) SparkEngine.open(null, null);
    assertThat(byDefault.partitions(5000)).isEqualTo(8);
    assertThat(byDefault.partitions(100_000)).isEqualTo(100);
    assertThat(byDefault.partitions(100_001)).isEqualTo(101);
    assertThat(rows(engine, 3, new Flaky(-1))).hasSize(3);
    assertThat(rows(engine, 0, new Flaky(-1))).isEmpty();
  }
}

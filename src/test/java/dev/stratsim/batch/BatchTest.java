package dev.stratsim.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchTest {

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void everyIndexRunsOnce(int threads) {
    AtomicLongArray runs = new AtomicLongArray(100);
    Batch.Outcome outcome = new Batch(threads, Progress.NONE, StopSignal.manual())
        .run(100, i -> runs.incrementAndGet((int) i));

    assertThat(outcome).isEqualTo(new Batch.Outcome(100, false));
    for (int i = 0; i < 100; i++) {
      assertThat(runs.get(i)).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void theLowestFailingIndexIsReported(int threads) {
    assertThatThrownBy(() -> new Batch(threads, Progress.NONE, StopSignal.manual()).run(1000, i -> {
      if (i % 7 == 3) {
        throw new IllegalStateException("failed at " + i);
      }
    })).hasMessage("failed at 3");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void aStoppedRunHasDoneEveryIndexBelowItsCount(int threads) {
    StopSignal stop = StopSignal.manual();
    AtomicLongArray runs = new AtomicLongArray(10_000);
    Batch.Outcome outcome = new Batch(threads, Progress.NONE, stop).run(10_000, i -> {
      runs.incrementAndGet((int) i);
      if (i == 500) {
        stop.stop();
      }
    });

    assertThat(outcome.stopped()).isTrue();
    assertThat(outcome.done()).isBetween(501L, 500L + threads);
    for (int i = 0; i < 10_000; i++) {
      assertThat(runs.get(i)).as("index " + i).isEqualTo(i < outcome.done() ? 1 : 0);
    }
  }
}

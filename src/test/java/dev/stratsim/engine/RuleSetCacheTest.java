package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The process's compiled rule sets: one compile per content, however many threads ask, and a
 * thread that only looks up a loaded folder (reading the scenarios while the rules warm up) never
 * waits for a compile in progress.
 */
class RuleSetCacheTest {
  private static final String SHA = "test-" + RuleSetCacheTest.class.getName();

  @AfterEach
  void forget() {
    RuleSetCache.clear();
  }

  @Test
  void aLookupDoesNotWaitForACompileInProgress() throws Exception {
    CountDownLatch compiling = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    KieBase base = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase();
    CompletableFuture<RuleSetCache.Compiled> warm = CompletableFuture.supplyAsync(() -> RuleSetCache.get(SHA, () -> {
      compiling.countDown();
      await(release);
      return base;
    }));
    try {
      assertThat(compiling.await(30, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Boolean> lookup = CompletableFuture.supplyAsync(
          () -> RuleSetCache.loaded(Path.of("rules"), SHA) == null && RuleSetCache.has(SHA));
      assertThat(lookup.get(30, TimeUnit.SECONDS)).as("answered while the compile still runs").isTrue();
      assertThat(warm).isNotDone();
    } finally {
      release.countDown();
    }
    assertThat(warm.get(30, TimeUnit.SECONDS).kieBase()).isSameAs(base);
  }

  @Test
  void threadsAskingAtOnceShareOneCompile() throws Exception {
    AtomicInteger compiles = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    KieBase base = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase();
    CompletableFuture<RuleSetCache.Compiled> first = CompletableFuture.supplyAsync(() -> RuleSetCache.get(SHA, () -> {
      compiles.incrementAndGet();
      await(release);
      return base;
    }));
    CompletableFuture<RuleSetCache.Compiled> second = CompletableFuture.supplyAsync(() -> RuleSetCache.get(SHA, () -> {
      compiles.incrementAndGet();
      return base;
    }));
    release.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS)).isSameAs(second.get(30, TimeUnit.SECONDS));
    assertThat(compiles).hasValue(1);
  }

  @Test
  void aFailedCompileIsForgottenAndTheNextAskCompilesAgain() {
    assertThatThrownBy(() -> RuleSetCache.get(SHA, () -> {
      throw new IllegalStateException("does not compile");
    })).isInstanceOf(IllegalStateException.class).hasMessage("does not compile");
    assertThat(RuleSetCache.has(SHA)).isFalse();

    KieBase base = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase();
    assertThat(RuleSetCache.get(SHA, () -> base).kieBase()).isSameAs(base);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * The compiled-rule cache on disk, as a later process sees it: this process's own cache is cleared
 * between loads, so a load either reads the entry or compiles.
 */
class RuleCacheTest {
  private static final Path TINY = Path.of("src/test/resources/ci/rules-tiny");
  private static final Path SCENARIO = Path.of("src/test/resources/ci/scenarios/pass.yaml");

  @TempDir Path cache;
  @TempDir Path rules;
  private final List<String> warnings = new ArrayList<>();
  private Path before;

  @BeforeEach
  void ownCacheAndACopyOfTheRules() throws IOException {
    before = RuleCache.directory().orElse(null);
    RuleCache.useDirectory(cache);
    RuleCache.warnTo(warnings::add);
    try (Stream<Path> files = Files.list(TINY)) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    // A comment only this test writes: content no other test compiled, so no process cache helps.
    Files.writeString(rules.resolve("growth.drl"), "\n// " + System.nanoTime() + "\n",
        java.nio.file.StandardOpenOption.APPEND);
  }

  @AfterEach
  void restore() {
    RuleCache.useDirectory(before);
    RuleCache.warnTo(message -> System.err.println("warning: " + message));
  }

  private static String projected(RuleSet ruleSet) {
    return new Simulator(ruleSet).run(new ScenarioLoader(ruleSet.vocabulary()).load(SCENARIO)).toString();
  }

  @Test
  void aSecondProcessLoadsTheCompiledRulesInsteadOfCompilingThemAndProjectsTheSame() {
    long compiles = RuleSet.compilations();
    String first = projected(RuleSet.load(rules));
    RuleSetCache.clear();

    RuleSet again = RuleSet.load(rules);

    assertThat(RuleSet.compilations()).isEqualTo(compiles + 1);
    assertThat(projected(again)).isEqualTo(first);
    assertThat(again.rules()).extracting(RuleInfo::name).isNotEmpty();
    assertThat(entries()).hasSize(1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aSecondProcessReadsWhereEachRuleIsFromTheCacheAsTheParserFoundIt(@TempDir Path elsewhere) throws IOException {
    List<RuleInfo> parsed = RuleSet.load(rules).rules();
    RuleSetCache.clear();
    try (Stream<Path> files = Files.list(rules)) {
      for (Path file : files.toList()) {
        Files.copy(file, elsewhere.resolve(file.getFileName()));
      }
    }

    List<RuleInfo> kept = RuleSet.load(rules).rules();
    RuleSetCache.clear();
    List<RuleInfo> moved = RuleSet.load(elsewhere).rules();

    assertThat(kept).isEqualTo(parsed);
    try (Stream<Path> files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.endsWith(".where"));
    }
    // The same content in another folder: the rules are named in that folder, at the same lines.
    assertThat(moved).extracting(r -> r.file().getParent()).containsOnly(elsewhere);
    assertThat(moved).extracting(RuleInfo::name, RuleInfo::line)
        .containsExactlyElementsOf(parsed.stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.name(), r.line())).toList());
  }

  @Test
  void anEditedRuleIsCompiledAgainNeverServedFromTheCache() throws IOException {
    RuleSet.load(rules);
    RuleSetCache.clear();
    long compiles = RuleSet.compilations();
    Files.writeString(rules.resolve("growth.drl"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);

    RuleSet edited = RuleSet.load(rules);

    assertThat(RuleSet.compilations()).isEqualTo(compiles + 1);
    assertThat(edited.ruleText("growth")).isNotNull();
    assertThat(entries()).hasSize(2);
  }

  @Test
  void aCorruptEntryIsCompiledAgainWithAWarningAndReplaced() throws IOException {
    String first = projected(RuleSet.load(rules));
    RuleSetCache.clear();
    Path entry = entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(entry, bytes);
    long compiles = RuleSet.compilations();

    String again = projected(RuleSet.load(rules));

    assertThat(again).isEqualTo(first);
    assertThat(RuleSet.compilations()).isEqualTo(compiles + 1);
    assertThat(warnings).singleElement().asString()
        .contains("compiled-rule cache entry " + entry).contains("is corrupt").contains("compiling the rules again");
    RuleSetCache.clear();
    warnings.clear();
    RuleSet.load(rules);
    assertThat(RuleSet.compilations()).as("the entry was replaced").isEqualTo(compiles + 1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aTruncatedOrForeignEntryIsCorruptToo() throws IOException {
    RuleSet.load(rules);
    RuleSetCache.clear();
    Files.writeString(entries().get(0), "not a cache entry");

    RuleSet.load(rules);

    assertThat(warnings).singleElement().asString().contains("not a stratsim cache entry");
  }

  @Test
  void processesWritingTheSameEntryAtOnceLeaveOneWholeEntry() throws Exception {
    String sha = RuleSet.load(rules).compiledSha256();
    KieBase compiled = RuleSetCache.get(sha, () -> {
      throw new AssertionError("compiled above");
    }).kieBase();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<KieBase>> writers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        writers.add(pool.submit(() -> RuleCache.load(sha, () -> compiled)));
      }
      for (Future<KieBase> writer : writers) {
        assertThat(writer.get()).isNotNull();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(entries()).hasSize(1);
    try (Stream<Path> left = Files.list(cache)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
    RuleSetCache.clear();
    RuleSet.load(rules);
    assertThat(warnings).isEmpty();
  }

  @Test
  void offMeansNoFiles() {
    RuleCache.useDirectory(null);

    RuleSet.load(rules);

    assertThat(cache).isEmptyDirectory();
  }

  @Test
  void aCacheFolderThatCannotBeWrittenOnlyCostsTheCompile() throws IOException {
    Path file = cache.resolve("a-file");
    Files.writeString(file, "");
    RuleCache.useDirectory(file.resolve("below-a-file"));

    assertThat(RuleSet.load(rules).rules()).isNotEmpty();
    assertThat(warnings).isEmpty();
  }

  private List<Path> entries() {
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

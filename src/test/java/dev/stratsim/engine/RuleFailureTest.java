package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFailureTest {
  private static final Path TINY = Path.of("src/test/resources/bad-rules/tiny.yaml");

  private static Projection run(String rules, int maxFirings) {
    RuleSet ruleSet = RuleSet.load(Path.of("src/test/resources/bad-rules", rules));
    return new Simulator(ruleSet, maxFirings).run(new ScenarioLoader(ruleSet.vocabulary()).load(TINY, List.of()));
  }

  @Test
  void aRuleThatThrowsIsNamedWithTheScenarioAndYear() {
    assertThatThrownBy(() -> run("throws", 1000))
        .isInstanceOf(RuleFailureException.class)
        .hasMessage("rule \"Data grows in proportion to nothing\" failed in scenario tiny, year 2025: / by zero");
  }

  @Test
  void rulesThatKeepFiringAreStoppedAndNamed() {
    assertThatThrownBy(() -> run("runaway", 500))
        .isInstanceOf(RuleFailureException.class)
        .hasMessageStartingWith("rules kept firing in scenario tiny, year 2025 (stopped after 500 firings): "
            + "\"Every effect calls for another\"");
  }

  private static Simulator timed(String rules, Duration limit) {
    return new Simulator(RuleSet.load(Path.of("src/test/resources/bad-rules", rules)), 1000, limit);
  }

  @Test
  void aConsequenceThatNeverEndsIsStoppedAndNamedAndTheRulesRunOn() {
    Simulator simulator = timed("hang", Duration.ofMillis(300));
    Scenario tiny = new ScenarioLoader(simulator.rules().vocabulary()).load(TINY, List.of());

    assertThatThrownBy(() -> simulator.run(tiny))
        .isInstanceOf(RuleFailureException.class)
        .hasMessage("rule \"Data grows while the loop spins\" ran for more than 0.3 s in scenario tiny, year 2025, and"
            + " was stopped; make sure it ends (a loop that never does?), or allow more time with --year-timeout"
            + " SECONDS");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThatThrownBy(() -> simulator.run(tiny)).as("the same rules again, from a pool the stopped session left")
        .hasMessageContaining("ran for more than 0.3 s in scenario tiny, year 2025");
  }

  @Test
  void aConditionThatNeverEndsIsStoppedToo() {
    Simulator simulator = timed("hang-condition", Duration.ofMillis(300));
    Scenario tiny = new ScenarioLoader(simulator.rules().vocabulary()).load(TINY, List.of());

    assertThatThrownBy(() -> simulator.run(tiny))
        .isInstanceOf(RuleFailureException.class)
        .hasMessage("rule \"Data grows once a check that never ends is done\" ran for more than 0.3 s in scenario"
            + " tiny, at the start of 2025, and was stopped; make sure it ends (a loop that never does?), or allow"
            + " more time with --year-timeout SECONDS");
  }

  @Test
  void aDrlErrorNamesTheFileAndLine() {
    assertThatThrownBy(() -> RuleSet.load(Path.of("src/test/resources/bad-rules/syntax")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).isNotEmpty();
          assertThat(e.problems().get(0).file()).isEqualTo(Path.of("src/test/resources/bad-rules/syntax/broken.drl"));
          assertThat(e.problems().get(0).line()).isEqualTo(10);
        });
  }

  /** A rules folder of its own: the tiny rule set that throws, and whatever a test adds. */
  private static Path rulesCopy(Path dir) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-rules/throws"))) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  @Test
  void aRuleFileThatIsADeviceIsRefusedUnread(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
    Path rules = rulesCopy(dir);
    Path zero = Files.createSymbolicLink(rules.resolve("zero.drl"), Path.of("/dev/zero"));

    assertThatThrownBy(() -> RuleSet.load(rules))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString(zero + ": is not a regular file; give a DRL file"));
  }

  @Test
  void aRuleFileOverTheSizeLimitOrAFolderNamedLikeOneIsRefused(@TempDir Path dir) throws IOException {
    Path rules = rulesCopy(dir);
    Path huge = Files.writeString(rules.resolve("huge.drl"), "// x\n".repeat(209_716)); // 1 MB + 4 bytes
    Path folder = Files.createDirectory(rules.resolve("folder.drl"));

    assertThatThrownBy(() -> RuleSet.load(rules))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).map(Object::toString)
            .containsExactly(folder + ": is a directory; give a DRL file",
                huge + ": file is too large (1048580 bytes); the limit is 1 MB (1048576 bytes)"));
  }

  @Test
  void aRulesFolderOfMoreRulesThanTheLimitIsRefusedBeforeCompiling(@TempDir Path dir) throws IOException {
    Path rules = rulesCopy(dir);
    StringBuilder many = new StringBuilder("package test;\n");
    for (int i = 0; i < 2_000; i++) {
      many.append("rule \"R").append(i).append("\" when then end\n");
    }
    Files.writeString(rules.resolve("many.drl"), many);
    long compiled = RuleSet.compilations();

    assertThatThrownBy(() -> RuleSet.load(rules)).hasMessage(rules + ": the .drl files declare 2001 rules, more than"
        + " 2000, the limit of a rules folder; is it really a rules folder?");
    assertThat(RuleSet.compilations()).isEqualTo(compiled);
  }

  @Test
  void aKnobWithoutADefaultIsReportedWhereItIsRead() {
    assertThatThrownBy(() -> RuleSet.load(Path.of("src/test/resources/bad-rules/unknown-knob")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString("src/test/resources/bad-rules/unknown-knob/growth.drl:12: the rules read assumption 'grwth', "
                + "which has no default; declare it in src/test/resources/bad-rules/unknown-knob/assumptions.yaml"));
  }
}

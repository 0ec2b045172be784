package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.engine.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mistake in the arguments or a scenario is reported before the rules are compiled, which takes
 * seconds: the commands check what they can against the rules' vocabulary, read in milliseconds.
 * The rules here are a fresh copy of the stock rules, which no earlier test has compiled.
 */
class ChecksBeforeRulesTest {
  @TempDir static Path dir;
  static Path rules;

  @BeforeAll
  static void copyTheRules() throws IOException {
    rules = Files.createDirectories(dir.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    Files.writeString(dir.resolve("notes.csv"), "mine\n");
    Files.createDirectories(dir.resolve("x.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "run scenarios/meta-scale-deal.yaml --year 1900",
      "run src/test/resources/bad-input/pillar-out-of-range.yaml",
      "run scenarios/meta-scale-deal.yaml --set deals[0].stake=x",
      "run DIR/x.yaml",
      "compare scenarios/meta-scale-deal.yaml src/test/resources/bad-input/unknown-key.yaml",
      "sweep scenarios/meta-scale-deal.yaml --vary deals[0].stake=0.1,7",
      "simulate scenarios/meta-scale-uncertain.yaml --samples 5 --metric meta.rank<=",
      "simulate scenarios/meta-scale-uncertain.yaml --samples 5 --samples-out DIR/notes.csv",
      "sensitivity scenarios/meta-scale-deal.yaml",
      "check src/test/resources/bad-input/wrong-type.yaml",
      "check scenarios/meta-scale-deal.yaml --junit DIR/notes.csv",
      "report src/test/resources/bad-input/wrong-type.yaml --out DIR/report",
      "report scenarios/meta-scale-deal.yaml --samples 5 --out DIR/report",
      "diff --base-rules DIR/none scenarios/meta-scale-deal.yaml"})
  void badInputIsReportedWithoutCompilingTheRules(String line) {
    List<String> args = new ArrayList<>();
    for (String arg : line.split(" ")) {
      args.add(arg.replace("DIR", dir.toString()));
    }
    args.addAll(List.of("--rules", rules.toString()));
    long compiled = RuleSet.compilations();

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(RuleSet.compilations()).as("rule sets compiled").isEqualTo(compiled);
  }
}

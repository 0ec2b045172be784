package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.golden.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases of the command line, found automatically: {@code NAME.args} holds the arguments,
 * one per line; {@code NAME.expected} the exit code on its first line ({@code exit 2}) and then
 * exactly what stderr shows. Adding a case means adding the two files; run with
 * {@code -Dgolden.update=true} to write the expected files, then review them.
 */
class CliCaseTest {
  private static final Path CASES = Path.of("src/test/resources/cli-cases");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".args"))
          .map(n -> n.substring(0, n.length() - ".args".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exitCodeAndMessageMatchTheGoldenFile(String name) throws IOException {
    List<String> args = Files.readAllLines(CASES.resolve(name + ".args"), StandardCharsets.UTF_8);
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    String actual = "exit " + result.exitCode() + "\n" + result.err();
    Path expectedFile = CASES.resolve(name + ".expected");
    Golden.check(expectedFile, actual, "cli.golden.update");
    if (result.exitCode() != ExitCodes.EXIT_OK) {
      assertThat(result.out()).as("nothing is printed on stdout when a command fails").isEmpty();
      assertThat(result.err()).as("no stack trace without --verbose").doesNotContain("\tat ");
    }
  }
}

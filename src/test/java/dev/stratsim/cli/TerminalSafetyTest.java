package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing a user supplies reaches the terminal as a control character or a line break: not a
 * terminal escape sequence in a title or name, not a second "error:" line planted in an argument.
 */
class TerminalSafetyTest {
  private static final String ESCAPES = "src/test/resources/bad-input/escapes.yaml";
  private static final String RULES = "src/test/resources/ci/rules-tiny";

  /** No control character but line feed and carriage return; every line as stratsim wrote it. */
  private static void assertSafe(String printed) {
    assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'
        || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e)).isEmpty();
  }

  @Test
  void aNewlineInASetIsShownEscapedOnTheErrorLine() {
    Cli.Result r = Cli.run("run", "src/test/resources/bad-input/valid.yaml", "--set", "deals[0].stake=x\nerror: fake");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("error: --set deals[0].stake=x\\nerror: fake: ");
  }

  @Test
  void aNewlineInABaseRefIsShownEscaped() {
    Cli.Result r = Cli.run("diff", "--base-ref", "main\nerror: fake\u001b[2J", "--rules", RULES,
        "src/test/resources/ci/scenarios/pass.yaml");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(r.err().lines()).singleElement().asString().startsWith("error: --base-ref 'main\\nerror: fake\\e[2J'");
  }

  @Test
  void anUnknownOptionWithEscapesIsShownEscaped() {
    Cli.Result r = Cli.run("run", "src/test/resources/bad-input/valid.yaml", "--x\u001b]0;pwned\u0007\nerror: fake");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(r.err()).startsWith("error: Unknown option: '--x\\e]0;pwned\\a\\nerror: fake'\n");
    assertSafe(r.err());
  }

  @ParameterizedTest(name = "run --format {0}")
  @ValueSource(strings = {"table", "markdown", "json"})
  void titlesAndNamesWithEscapeSequencesAreShownEscaped(String format) {
    Cli.Result r = Cli.run("run", ESCAPES, "--format", format);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertSafe(r.out());
    assertThat(r.out()).doesNotContain("\nerror: a planted line").doesNotContain("\nFAIL  planted")
        .doesNotContain("\n  FAIL  planted");
  }

  @Test
  void theTableKeepsOneLinePerActor() {
    Cli.Result r = Cli.run("run", ESCAPES);

    assertThat(r.out()).startsWith("escapes: Retitled\\e]0;pwned\\a and cleared\\e[2J\\nerror: a planted line\n");
    assertThat(r.out()).contains("Acme\\e[31m\\nFAIL  planted").contains("Glo\\u202ebex");
  }

  /** With --color=always stratsim's own colour passes; a colour code in a title or a name still does not. */
  @Test
  void colourOnLetsOnlyStratsimsOwnColourThrough() {
    Cli.Result plain = Cli.run("run", ESCAPES);
    Cli.Result coloured = Cli.run("run", ESCAPES, "--color=always");

    assertThat(coloured.out()).contains("\u001b[31mFAIL\u001b[39m\u001b[0m", "Acme\\e[31m\\nFAIL  planted");
    assertThat(coloured.out().replaceAll("\u001b\\[(31|32|39|0)m", "")).isEqualTo(plain.out());
  }

  @Test
  void checkShowsAFailingExpectationOnOneLine() {
    Cli.Result r = Cli.run("check", ESCAPES);

    assertSafe(r.out());
    assertThat(r.out().lines().filter(l -> l.startsWith("FAIL"))).hasSize(1);
  }
}

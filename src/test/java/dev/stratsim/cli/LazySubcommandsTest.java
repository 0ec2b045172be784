package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line a process builds for its arguments: only the subcommand it names, since
 * picocli reads every option of every subcommand it is given, and all of them where they are
 * listed or suggested.
 */
class LazySubcommandsTest {
  private static final int ALL = StratsimCommand.commandLine().getSubcommands().size();

  @ParameterizedTest
  @ValueSource(strings = {"run", "check", "simulate", "report", "schema"})
  void aNamedSubcommandIsTheOnlyOneBuilt(String name) {
    var command = StratsimCommand.commandLine(new String[] {name, "--help"});

    assertThat(command.getSubcommands()).containsOnlyKeys(name);
    assertThat(command.getSubcommands().get(name).getCommandSpec().findOption("--color"))
        .as("the inherited --color reaches it").isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "completion", "rn", "--help", "--version"})
  void helpCompletionAndAnythingElseGetThemAll(String first) {
    assertThat(StratsimCommand.commandLine(new String[] {first}).getSubcommands()).hasSize(ALL);
  }

  @Test
  void noArgumentsGetThemAll() {
    assertThat(StratsimCommand.commandLine(new String[0]).getSubcommands()).hasSize(ALL);
    assertThat(ALL).isGreaterThan(10);
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code stratsim completion bash|zsh}: a script that knows every command, generated from them. */
class CompletionTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bash", "zsh"})
  void theScriptCompletesEveryCommandAndItsOptions(String shell) throws IOException, InterruptedException {
    Cli.Result completion = Cli.run("completion", shell);

    assertThat(completion.exitCode()).as(completion.err()).isZero();
    for (String command : StratsimCommand.commandLine().getSubcommands().keySet()) {
      assertThat(completion.out()).as(command).containsPattern("\\b" + command + "\\b");
    }
    assertThat(completion.out()).contains("complete -F", "--vary", "--color", "--format", "bashcompinit");
    Path script = Files.writeString(dir.resolve("stratsim-completion"), completion.out(), StandardCharsets.UTF_8);
    Process syntax = new ProcessBuilder(List.of("bash", "-n", script.toString())).redirectErrorStream(true).start();
    assertThat(syntax.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(syntax.exitValue()).as(new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
  }
}

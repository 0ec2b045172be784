package dev.stratsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {"Print a script that completes stratsim's commands, options and their values in bash or zsh.",
        "bash: source <(stratsim completion bash)   (in ~/.bashrc)",
        "zsh:  source <(stratsim completion zsh)    (in ~/.zshrc)"})
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;

  enum Shell { bash, zsh }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  /**
   * picocli writes the script from the commands as declared, so it never falls behind them. It is
   * one script for both shells: under zsh it loads zsh's bash-completion layer itself.
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("stratsim", spec.root().commandLine()));
    out.flush();
    return ExitCodes.EXIT_OK;
  }
}

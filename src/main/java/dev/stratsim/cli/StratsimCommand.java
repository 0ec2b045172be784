package dev.stratsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only subcommands, help and version. */
@Command(
    name = "stratsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Projects how strategic moves change competitive positions, with the reasoning in Drools rules.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SimulateCommand.class,
        SensitivityCommand.class, CheckCommand.class, CalibrateCommand.class, DiffCommand.class, ReportCommand.class,
        SchemaCommand.class, LintCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 a check failed (an expectation, --min-coverage, --min-followed, --min-held,"
        + " diff --fail-on),"
        + " 2 invalid input, 3 a rule failed, 70 a bug in stratsim (please report it with --verbose),"
        + " 130 stopped by Ctrl-C."})
public final class StratsimCommand {

  /** A command line wired with stratsim's error handling, printing to stdout and stderr. */
  public static CommandLine commandLine() {
    CommandLine command = wired();
    return commandLine(command, command.getOut(), command.getErr());
  }

  /** A command line wired with stratsim's error handling, printing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(wired(), out, err);
  }

  private static CommandLine wired() {
    ErrorHandler errors = new ErrorHandler();
    CommandLine command = new CommandLine(new StratsimCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
    // Every subcommand's --version prints the version, as stratsim --version does.
    command.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
    return command;
  }

  /** Everything printed passes through a {@link TerminalWriter}. */
  private static CommandLine commandLine(CommandLine command, PrintWriter out, PrintWriter err) {
    return command.setOut(new PrintWriter(new TerminalWriter(out), true))
        .setErr(new PrintWriter(new TerminalWriter(err), true));
  }
}

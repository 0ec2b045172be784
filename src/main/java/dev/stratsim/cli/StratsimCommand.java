package dev.stratsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only subcommands, help and version. */
@Command(
    name = "stratsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Projects how strategic moves change competitive positions, with the reasoning in Drools rules.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SimulateCommand.class,
        SensitivityCommand.class, CheckCommand.class, DiffCommand.class, ReportCommand.class,
        SchemaCommand.class, LintCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 a check failed (an expectation, --min-coverage, diff --fail-on),"
        + " 2 invalid input, 3 a rule failed, 130 stopped by Ctrl-C."})
public final class StratsimCommand {

  /** A command line wired with stratsim's error handling. */
  public static CommandLine commandLine() {
    ErrorHandler errors = new ErrorHandler();
    return new CommandLine(new StratsimCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
  }
}

package dev.stratsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command: only subcommands, help and version. */
@Command(
    name = "stratsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Projects how strategic moves change competitive positions, with the reasoning in Drools rules.",
    footer = {"", "Exit codes: 0 ok, 1 a check failed (an expectation, --min-coverage, --min-followed, --min-held,"
        + " diff --fail-on),"
        + " 2 invalid input, 3 a rule failed, 70 a bug in stratsim (please report it with --verbose),"
        + " 130 stopped by Ctrl-C."})
public final class StratsimCommand {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, CompareCommand.class, SweepCommand.class,
      SimulateCommand.class, SensitivityCommand.class, CheckCommand.class, CalibrateCommand.class, DiffCommand.class,
      ReportCommand.class, SchemaCommand.class, LintCommand.class, ServeCommand.class, DaemonCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class);
  /** Subcommands that read the others: help lists them, completion names them all. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");

  @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT,
      description = "Colour the status words and help: auto (only on a terminal, not when NO_COLOR is"
          + " non-empty or TERM=dumb), always or never (default: auto).")
  Colour.When color;

  /** A command line wired with stratsim's error handling, printing to stdout and stderr. */
  public static CommandLine commandLine() {
    CommandLine command = wired(null);
    return commandLine(command, command.getOut(), command.getErr(), Colour.terminal(), System.getenv());
  }

  /**
   * The command line for these arguments, printing to stdout and stderr: when they start with a
   * subcommand's name, only that subcommand is built. Picocli reads every option of every
   * subcommand it is given, which is a tenth of a {@code run}'s time; a command that names no
   * subcommand, a mistyped one (so that picocli can suggest the right one), help and completion
   * get them all.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine command = wired(args.length == 0 ? null : args[0]);
    return commandLine(command, command.getOut(), command.getErr(), Colour.terminal(), System.getenv());
  }

  /**
   * The command line for these arguments as a process started with them would build it, printing
   * to {@code out} and {@code err}: {@code terminal} says whether that process's stdout was a
   * terminal and {@code env} is its environment (the resident process runs commands for others).
   */
  public static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err, boolean terminal,
      java.util.Map<String, String> env) {
    return commandLine(wired(args.length == 0 ? null : args[0]), out, err, terminal, env);
  }

  /** A command line wired with stratsim's error handling, printing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(wired(null), out, err, false, System.getenv());
  }

  private static CommandLine wired(String first) {
    ErrorHandler errors = new ErrorHandler();
    CommandLine command = new CommandLine(new StratsimCommand());
    List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
    (named.isEmpty() || NEED_ALL.contains(first) ? SUBCOMMANDS : named).forEach(command::addSubcommand);
    command.setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors);
    // Every subcommand's --version prints the version, as stratsim --version does.
    command.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
    return command;
  }

  /**
   * Everything printed passes through a {@link TerminalWriter}. Colour is decided once the
   * arguments are read: {@code auto} colours only stratsim's own stdout on a terminal, so writers
   * handed in (a test's, serve's) get plain text unless {@code --color=always} says otherwise.
   */
  private static CommandLine commandLine(CommandLine command, PrintWriter out, PrintWriter err, boolean terminal,
      java.util.Map<String, String> env) {
    command.setOut(new PaintedWriter(out)).setErr(new PaintedWriter(err));
    IExecutionStrategy run = new CommandLine.RunLast();
    return command.setExecutionStrategy(parsed -> {
      Colour.apply(command, Colour.ansi(Colour.when(parsed), terminal, env));
      return run.execute(parsed);
    });
  }
}

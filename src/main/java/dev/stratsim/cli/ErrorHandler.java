package dev.stratsim.cli;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.problem.UserText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Maps every failure to a short message on stderr and its exit code; stack traces only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    boolean verbose = parsed.expandedArgs().contains("--verbose");
    int code;
    if (e instanceof InvalidInputException invalid) {
      invalid.problems().forEach(p -> err.println(line("error: ", p.toString())));
      code = ExitCodes.EXIT_INVALID_INPUT;
    } else if (e instanceof RuleFailureException failure) {
      err.println(line("error: ", failure.getMessage()));
      code = ExitCodes.EXIT_RULE_FAILURE;
    } else {
      err.println(line("error: internal error: ", e + " (please report it; --verbose shows the stack trace)"));
      code = ExitCodes.EXIT_INTERNAL_ERROR;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * One line of stderr: a message is one line by contract, so a line break in it came from user
   * text (a --set, a path, a title) and is shown escaped, never as a second line that could pass
   * for one of stratsim's.
   */
  static String line(String prefix, String message) {
    return prefix + UserText.escape(message);
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    // picocli starts some messages (those of option groups) with "Error: " itself.
    err.println(line("error: ", e.getMessage().replaceFirst("^Error: ", "")));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.EXIT_INVALID_INPUT;
  }
}

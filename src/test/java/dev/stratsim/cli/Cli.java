package dev.stratsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, capturing what it prints and its exit code. */
final class Cli {
  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    Main.quietLogging(false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = StratsimCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
    int code = command.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}

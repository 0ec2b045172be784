package dev.stratsim.cli;

import dev.stratsim.engine.Simulator;
import java.util.Arrays;

/** Entry point of the stratsim command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quietLogging(Arrays.asList(args).contains("--verbose"));
    // A rule looping past --year-timeout on a JVM that cannot stop its thread: say so, and end.
    Simulator.onUnstoppableRule(message -> {
      System.err.println(ErrorHandler.line("error: ", message));
      System.err.flush();
      Runtime.getRuntime().halt(ExitCodes.EXIT_RULE_FAILURE);
    });
    System.exit(StratsimCommand.commandLine().execute(args));
  }

  /** Drools logs at INFO; stratsim's output stays clean unless the user asks for more. */
  static void quietLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }
}

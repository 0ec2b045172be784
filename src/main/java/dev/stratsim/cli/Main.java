package dev.stratsim.cli;

import dev.stratsim.daemon.ResidentClient;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Entry point of the stratsim command line. */
public final class Main {
  private Main() {}

  /**
   * Set by the launcher to the socket of the resident process (docs/daemon.md) that may run this
   * command; when none answers there, the command runs here.
   */
  static final String DAEMON_SOCKET = "stratsim.daemon";

  public static void main(String[] args) {
    String socket = System.getProperty(DAEMON_SOCKET);
    if (socket != null && residentServes(List.of(args))) {
      OptionalInt code = ResidentClient.run(Path.of(socket), List.of(args), System.console() != null, System.getenv(),
          ExitCodes.EXIT_INTERNAL_ERROR);
      if (code.isPresent()) {
        System.exit(code.getAsInt());
      }
    }
    quietLogging(Arrays.asList(args).contains("--verbose"));
    // A rule looping past --year-timeout on a JVM that cannot stop its thread: say so, and end.
    Simulator.onUnstoppableRule(message -> {
      System.err.println(ErrorHandler.line("error: ", message));
      System.err.flush();
      Runtime.getRuntime().halt(ExitCodes.EXIT_RULE_FAILURE);
    });
    warmRules(args);
    System.exit(StratsimCommand.commandLine(args).execute(args));
  }

  /** The commands the resident process runs: short ones, where starting up is most of the time. */
  private static final Set<String> RESIDENT_COMMANDS = Set.of("run", "check", "compare");

  /**
   * Whether the resident process may run a command with these arguments: not one that runs until
   * stopped (--watch), nor one that sets something for the whole process: Drools' logging
   * (--verbose) or the compiled-rule cache's folder (--cache-dir).
   */
  static boolean residentServes(List<String> args) {
    return !args.isEmpty() && RESIDENT_COMMANDS.contains(args.get(0)) && args.stream().noneMatch(a -> a.equals("--watch")
        || a.equals("--verbose") || a.equals("--cache-dir") || a.startsWith("--cache-dir="));
  }

  /** The commands that load a rules folder named by {@code --rules}, {@code rules} by default. */
  private static final Set<String> RULE_COMMANDS =
      Set.of("run", "check", "compare", "report", "sweep", "simulate", "sensitivity", "calibrate", "lint", "serve");

  /**
   * Starts reading the compiled rules before picocli builds its model of the commands, which
   * takes as long as reading them: the command's own {@link RuleSet#warm} would start a fifth of
   * a second later. Only the folder is looked for here; anything unusual (another cache folder,
   * no compiled rules yet, a folder that does not exist) is left to the command, which reports it.
   */
  static void warmRules(String[] args) {
    if (args.length == 0 || !RULE_COMMANDS.contains(args[0]) || Arrays.asList(args).contains("--cache-dir")
        || Arrays.stream(args).anyMatch(a -> a.startsWith("--cache-dir="))) {
      return;
    }
    try {
      RuleSet.warm(Path.of(rulesFolder(args)));
    } catch (InvalidPathException notAPath) {
      // The command says so.
    }
  }

  /** The folder {@code --rules} names in these arguments, {@code rules} when none does. */
  static String rulesFolder(String[] args) {
    String rules = "rules";
    for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--rules") && i + 1 < args.length) {
        rules = args[++i];
      } else if (args[i].startsWith("--rules=")) {
        rules = args[i].substring("--rules=".length());
      }
    }
    return rules;
  }

  /** Drools logs at INFO; stratsim's output stays clean unless the user asks for more. */
  static void quietLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }
}

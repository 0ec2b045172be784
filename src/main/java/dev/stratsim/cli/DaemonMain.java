package dev.stratsim.cli;

import dev.stratsim.daemon.ResidentClient;
import dev.stratsim.daemon.ResidentProcess;
import dev.stratsim.engine.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Entry point of the resident process the launcher starts beside a rule command (docs/daemon.md):
 * {@code DaemonMain SOCKET IDLE_SECONDS LAUNCHER_PID [ARGS...]}. It waits for the launcher's own
 * command to end, so as not to slow it down, then warms up on the scenarios that command named,
 * then serves commands at SOCKET until idle for IDLE_SECONDS.
 */
public final class DaemonMain {
  /** How many scenario files the warm-up runs, at the most: enough to compile the code a run takes. */
  static final int WARM_UP_FILES = 3;
  /** How many times the warm-up runs them. */
  static final int WARM_UP_ROUNDS = 3;

  private DaemonMain() {}

  public static void main(String[] args) throws IOException {
    Path socket = Path.of(args[0]);
    Duration idle = Duration.ofSeconds(Long.parseLong(args[1]));
    long launcher = Long.parseLong(args[2]);
    String[] command = Arrays.copyOfRange(args, 3, args.length);
    Main.quietLogging(false);
    // A rule thread that cannot be stopped ends this process too, after telling its client.
    Simulator.onUnstoppableRule(message -> {
      ResidentProcess.endCurrent(ErrorHandler.line("error: ", message), ExitCodes.EXIT_RULE_FAILURE);
      Runtime.getRuntime().halt(ExitCodes.EXIT_RULE_FAILURE);
    });
    ResidentProcess.serve(socket, idle, DaemonMain::execute, Main::residentServes, () -> {
      ProcessHandle.of(launcher).ifPresent(p -> p.onExit().join());
      stopEarlierBuilds(socket);
      warmUp(command);
    });
    System.exit(ExitCodes.EXIT_OK);
  }

  /**
   * Stops the processes this folder's launcher started for earlier builds of the jar, whose
   * sockets differ from this one's only after the last dash (the build's stamp): no client of the
   * new build will ask them anything again.
   */
  static void stopEarlierBuilds(Path socket) {
    String name = socket.getFileName().toString();
    int dash = name.lastIndexOf('-');
    if (dash < 0) {
      return;
    }
    String sameFolder = name.substring(0, dash + 1);
    try (Stream<Path> files = Files.list(socket.getParent())) {
      files.filter(f -> f.getFileName().toString().startsWith(sameFolder) && f.toString().endsWith(".sock")
          && !f.getFileName().toString().equals(name)).forEach(ResidentClient::stop);
    } catch (IOException unreadable) {
      // They leave on their own when idle.
    }
  }

  static int execute(List<String> args, PrintWriter out, PrintWriter err, boolean terminal,
      java.util.Map<String, String> env) {
    String[] array = args.toArray(String[]::new);
    return StratsimCommand.commandLine(array, out, err, terminal, env).execute(array);
  }

  /**
   * Runs the first scenarios the launcher's command named, with the rules it named, a few times,
   * printing nothing: {@code run} only, whatever the command was, since a warm-up must write no file.
   */
  static void warmUp(String[] command) {
    List<String> args = new ArrayList<>(List.of("run", "--rules", Main.rulesFolder(command)));
    args.addAll(scenarios(command));
    if (args.size() == 3) {
      return;
    }
    PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      execute(args, nowhere, nowhere, false, System.getenv());
    }
  }

  /** The scenario files among the arguments, and the first ones in a folder among them. */
  static List<String> scenarios(String[] command) {
    List<String> found = new ArrayList<>();
    for (int i = 1; i < command.length && found.size() < WARM_UP_FILES; i++) {
      Path path = Path.of(command[i]);
      if (command[i].startsWith("-")) {
        continue;
      } else if (Files.isRegularFile(path) && command[i].matches(".*\\.ya?ml")) {
        found.add(command[i]);
      } else if (Files.isDirectory(path) && !command[i].equals(Main.rulesFolder(command))) {
        try (Stream<Path> files = Files.list(path)) {
          files.map(Path::toString).filter(f -> f.matches(".*\\.ya?ml")).sorted()
              .limit(WARM_UP_FILES - found.size()).forEach(found::add);
        } catch (IOException unreadable) {
          // Nothing to warm up on there.
        }
      }
    }
    return found;
  }
}

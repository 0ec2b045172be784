package dev.stratsim.cli;

import dev.stratsim.daemon.ResidentClient;
import dev.stratsim.engine.RuleCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    description = {"List the resident processes that run rule commands for ./stratsim, or stop them (docs/daemon.md).",
        "The launcher starts one per folder beside a run, check or compare; it leaves after"
            + " STRATSIM_DAEMON_IDLE minutes unused (15 by default); STRATSIM_DAEMON=off runs without."})
final class DaemonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;

  enum Action { status, stop }

  @Parameters(paramLabel = "ACTION", arity = "0..1", defaultValue = "status",
      description = "status (the default) or stop.")
  Action action;

  /**
   * The folder the launcher keeps the processes' sockets in, found as the launcher finds it:
   * {@code STRATSIM_CACHE_DIR}, else {@code $XDG_CACHE_HOME/stratsim}, else
   * {@code $HOME/.cache/stratsim} (the environment's HOME, which may differ from Java's user.home).
   */
  static Optional<Path> folder() {
    java.util.Map<String, String> env = System.getenv();
    String cache = env.getOrDefault(RuleCache.ENV, "");
    if (cache.equals("off")) {
      return Optional.empty();
    }
    if (cache.isEmpty()) {
      String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
      String home = env.getOrDefault("HOME", System.getProperty("user.home"));
      cache = (xdg.isEmpty() ? home + "/.cache" : xdg) + "/stratsim";
    }
    return Optional.of(Path.of(cache, "daemon"));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> sockets = sockets();
    int answered = 0;
    for (Path socket : sockets) {
      if (action == Action.stop ? ResidentClient.stop(socket) : print(out, socket)) {
        answered++;
      }
    }
    if (action == Action.stop) {
      out.println("stopped " + answered + (answered == 1 ? " resident process" : " resident processes"));
    } else if (answered == 0) {
      out.println("no resident process");
    }
    out.flush();
    return ExitCodes.EXIT_OK;
  }

  private static boolean print(PrintWriter out, Path socket) {
    Optional<String> status = ResidentClient.status(socket);
    status.ifPresent(out::print);
    return status.isPresent();
  }

  private static List<Path> sockets() throws IOException {
    Optional<Path> folder = folder();
    if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder.get())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".sock")).sorted().toList();
    }
  }
}

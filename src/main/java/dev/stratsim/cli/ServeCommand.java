package dev.stratsim.cli;

import dev.stratsim.scenario.ScenarioFiles;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.serve.Server;
import dev.stratsim.serve.Workbench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Open a what-if workbench in the browser: the scenario's terms, assumptions and weights as"
        + " controls, the position table, index chart and waterfall redrawn on every change, Monte Carlo, and"
        + " \"save as scenario\". Serves 127.0.0.1 only; docs/serve.md. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin CacheOption cache;

  @Parameters(arity = "0..*", paramLabel = "SCENARIO",
      description = "Scenario files or folders to offer (default: scenarios/).")
  List<Path> scenarios = new ArrayList<>();

  @Mixin RulesOption rules;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException(Problem.general("--port " + port + " is not a port; give 0 to 65535"));
    }
    List<Path> files = ScenarioFiles.find(scenarios);
    Workbench workbench = new Workbench(rules.dir, files);
    Server server;
    try {
      server = Server.start(workbench, port);
    } catch (RuntimeException cannotBind) {
      throw new InvalidInputException(Problem.general("cannot serve on " + Server.HOST + ":" + port + " ("
          + rootCause(cannotBind) + "); choose another --port, or 0 for any free one"));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("stratsim serve: " + server.url() + " (" + files.size() + " scenario" + (files.size() == 1 ? "" : "s")
        + ", rules " + rules.dir + "; Ctrl-C stops)");
    out.flush();
    if (open) {
      openBrowser(server.url(), spec.commandLine().getErr());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "stratsim-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      // Stopped from within the process (tests): close as Ctrl-C would.
      Runtime.getRuntime().removeShutdownHook(hook);
      server.close();
    }
    return ExitCodes.EXIT_INTERRUPTED;
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }

  /** The platform's own opener; a machine without one gets the address to open by hand. */
  private static void openBrowser(String url, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    List<String> command = os.startsWith("mac") ? List.of("open", url)
        : os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
        : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println("warning: cannot open a browser (" + e.getMessage() + "); open " + url + " yourself");
      err.flush();
    }
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.daemon.ResidentClient;
import dev.stratsim.daemon.ResidentProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resident process (docs/daemon.md) prints what a process of its own would print, byte for
 * byte and with the same exit code, and a client that finds no process runs the command itself.
 */
class ResidentProcessTest {
  @TempDir static Path folder;
  private static Path socket;
  private static CompletableFuture<Void> serving;

  @BeforeAll
  static void start() throws Exception {
    socket = folder.resolve("test.sock");
    serving = CompletableFuture.runAsync(() -> {
      try {
        ResidentProcess.serve(socket, Duration.ofMinutes(5), DaemonMain::execute, Main::residentServes, () -> { });
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(socket) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    assertThat(ResidentClient.stop(socket)).isTrue();
    serving.get(30, TimeUnit.SECONDS);
    assertThat(socket).doesNotExist();
  }

  record Printed(OptionalInt code, String out, String err) {}

  private static Printed viaProcess(Path at, String... args) {
    return viaProcess(at, environment(Map.of()), args);
  }

  private static Printed viaProcess(Path at, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Charset charset = Charset.defaultCharset();
    OptionalInt code = ResidentClient.run(at, List.of(args), false, env, new PrintStream(out, true, charset),
        new PrintStream(err, true, charset), ExitCodes.EXIT_INTERNAL_ERROR);
    return new Printed(code, out.toString(charset), err.toString(charset));
  }

  /** This process's environment, as a client started here would send it, without colour settings unless given. */
  private static Map<String, String> environment(Map<String, String> colour) {
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.remove("NO_COLOR");
    env.remove("TERM");
    env.putAll(colour);
    return env;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "run scenarios/meta-scale-deal.yaml",
      "run scenarios/meta-scale-deal.yaml --nodeal --explain meta.data --format markdown",
      "run scenarios/meta-scale-deal.yaml --format json --set deals[0].stake=0.2",
      "compare scenarios/baseline.yaml scenarios/meta-scale-deal.yaml",
      "check scenarios/history/amd-xilinx.yaml scenarios/history/nvidia-arm.yaml",
      "run scenarios/no-such.yaml",
      "run scenarios/meta-scale-deal.yaml --year 1990",
      "run --help",
      "run scenarios/meta-scale-deal.yaml --color=always"})
  void printsWhatAProcessOfItsOwnPrints(String line) {
    String[] args = line.split(" ");
    Cli.Result alone = Cli.run(args);

    Printed resident = viaProcess(socket, args);

    assertThat(resident.code()).hasValue(alone.exitCode());
    assertThat(resident.out()).isEqualTo(alone.out());
    assertThat(resident.err()).isEqualTo(alone.err());
  }

  @Test
  void colourFollowsTheClientsTerminalAndEnvironment() {
    Printed plain = viaProcess(socket, "run", "scenarios/meta-scale-deal.yaml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(out, true, Charset.defaultCharset());
    ResidentClient.run(socket, List.of("run", "scenarios/meta-scale-deal.yaml"), true,
        environment(Map.of("TERM", "xterm")), stream, stream, ExitCodes.EXIT_INTERNAL_ERROR);
    String onTerminal = out.toString(Charset.defaultCharset());
    out.reset();
    ResidentClient.run(socket, List.of("run", "scenarios/meta-scale-deal.yaml"), true,
        environment(Map.of("TERM", "xterm", "NO_COLOR", "1")), stream, stream, ExitCodes.EXIT_INTERNAL_ERROR);

    assertThat(plain.out()).doesNotContain("\u001b[");
    assertThat(onTerminal).contains("\u001b[");
    assertThat(out.toString(Charset.defaultCharset())).doesNotContain("\u001b[");
  }

  @Test
  void aClientOfAnotherEnvironmentOrCommandRunsItItself() {
    assertThat(viaProcess(socket, environment(Map.of("STRATSIM_CDS", "off-for-this-test")), "run",
        "scenarios/meta-scale-deal.yaml").code()).isEmpty();
    assertThat(viaProcess(socket, "simulate", "scenarios/meta-scale-uncertain.yaml", "--samples", "5").code())
        .isEmpty();
    assertThat(viaProcess(socket, "run", "scenarios/meta-scale-deal.yaml", "--cache-dir", "off").code()).isEmpty();
    assertThat(viaProcess(socket, "run", "scenarios/meta-scale-deal.yaml", "--watch").code()).isEmpty();
  }

  @Test
  void aFolderOthersCanOpenIsNotServed() throws IOException {
    Path open = Files.createDirectories(folder.resolve("open"));
    Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    boolean[] warmed = {false};

    ResidentProcess.serve(open.resolve("x.sock"), Duration.ofMinutes(5), DaemonMain::execute, Main::residentServes,
        () -> warmed[0] = true);

    assertThat(warmed[0]).isFalse();
    assertThat(open.resolve("x.sock")).doesNotExist();
  }

  @Test
  void saysWhereItServesAndForHowLong() {
    assertThat(ResidentClient.status(socket)).hasValueSatisfying(status -> assertThat(status)
        .startsWith("pid " + ProcessHandle.current().pid() + ", serving " + Path.of("").toAbsolutePath())
        .endsWith(" s of 300 s" + System.lineSeparator()));
  }

  @Test
  void withNoProcessTheClientRunsTheCommandItself() throws IOException {
    Path stale = Files.createFile(folder.resolve("stale.sock"));

    assertThat(viaProcess(folder.resolve("none.sock"), "run", "scenarios/meta-scale-deal.yaml").code()).isEmpty();
    assertThat(viaProcess(stale, "run", "scenarios/meta-scale-deal.yaml").code()).isEmpty();
    assertThat(ResidentClient.status(stale)).isEmpty();
  }

  @Test
  void aSecondProcessForTheSameSocketLeavesAtOnce() throws IOException {
    // The first still holds the socket's lock: the second returns without serving or warming up.
    boolean[] warmed = {false};
    ResidentProcess.serve(socket, Duration.ofMinutes(5), DaemonMain::execute, Main::residentServes, () -> warmed[0] = true);

    assertThat(warmed[0]).isFalse();
    assertThat(ResidentClient.status(socket)).isPresent();
  }

  @Test
  void anIdleProcessLeavesAndTakesItsSocketAway() throws IOException {
    Path idle = folder.resolve("idle.sock");

    ResidentProcess.serve(idle, Duration.ofMillis(200), DaemonMain::execute, Main::residentServes, () -> { });

    assertThat(idle).doesNotExist();
  }

  @Test
  void theWarmUpRunsOnlyTheScenariosNamedOrFoundAndAtMostThree() {
    assertThat(DaemonMain.scenarios(new String[] {"check", "scenarios/history", "--rules", "rules"}))
        .containsExactly("scenarios/history/amazon-adept.yaml", "scenarios/history/amazon-irobot.yaml",
            "scenarios/history/amd-openai.yaml");
    assertThat(DaemonMain.scenarios(new String[] {"run", "--set", "deals[0].stake=1", "scenarios/baseline.yaml",
        "scenarios/no-such.yaml"})).containsExactly("scenarios/baseline.yaml");
  }
}

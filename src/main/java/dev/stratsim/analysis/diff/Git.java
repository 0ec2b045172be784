package dev.stratsim.analysis.diff;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs git as a child process: no shell, no prompts, output read whole. */
final class Git {
  /** A rules folder is a few kilobytes; this only guards against reading a huge archive by mistake. */
  static final int MAX_OUTPUT = 64 * 1024 * 1024;

  record Result(int exitCode, byte[] out, String err) {
    String text() {
      return new String(out, StandardCharsets.UTF_8).strip();
    }

    String firstErrorLine() {
      return err.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("exit code " + exitCode);
    }
  }

  private final Path dir;

  Git(Path dir) {
    this.dir = dir;
  }

  Result run(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Path err = null;
    try {
      err = Files.createTempFile("stratsim-git", ".err");
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
      builder.environment().put("GIT_TERMINAL_PROMPT", "0");
      builder.environment().put("LC_ALL", "C");
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readNBytes(MAX_OUTPUT + 1);
      if (out.length > MAX_OUTPUT) {
        process.destroy();
        throw new InvalidInputException(Problem.general("git " + args[0] + " wrote more than "
            + MAX_OUTPUT / (1024 * 1024) + " MB; is the rules folder really a rules folder?"));
      }
      int code = process.waitFor();
      return new Result(code, out, Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InvalidInputException(Problem.general("--base-ref needs git, which could not be run ("
          + e.getMessage() + "); install git or compare with --base-rules DIR"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidInputException(Problem.general("interrupted while running git"));
    } finally {
      if (err != null) {
        try {
          Files.deleteIfExists(err);
        } catch (IOException ignored) {
          // A leftover empty temp file is harmless.
        }
      }
    }
  }
}

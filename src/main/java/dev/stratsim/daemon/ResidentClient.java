package dev.stratsim.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Hands a command to the resident process and copies what it prints. Loads nothing of stratsim's
 * commands or rules: a client that finds the process spends only a Java start and a socket.
 */
public final class ResidentClient {
  private ResidentClient() {}

  /**
   * The exit code of the command as the resident process at {@code socket} ran it, its output
   * already copied to System.out and System.err; empty when there is no process there, or it
   * will not run this command, before anything was printed: the caller then runs it itself. When
   * the process goes away after printing part of the answer, says so and returns {@code lost}.
   */
  public static OptionalInt run(Path socket, List<String> args, boolean terminal, Map<String, String> env,
      int lost) {
    return run(socket, args, terminal, env, System.out, System.err, lost);
  }

  /** As {@link #run(Path, List, boolean, Map, int)}, copying the output to {@code out} and {@code err}. */
  public static OptionalInt run(Path socket, List<String> args, boolean terminal, Map<String, String> env,
      PrintStream out, PrintStream err, int lost) {
    Wire.Request request = new Wire.Request(Wire.Kind.RUN, Path.of("").toAbsolutePath().toString(), terminal,
        Wire.sent(env), args);
    return ask(socket, request, out, err, lost);
  }

  /** What the process at {@code socket} says of itself, or empty when none answers. */
  public static Optional<String> status(Path socket) {
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    PrintStream into = new PrintStream(text, true, java.nio.charset.Charset.defaultCharset());
    OptionalInt code = ask(socket, new Wire.Request(Wire.Kind.STATUS, "", false, Map.of(), List.of()), into, into, 1);
    return code.isPresent() ? Optional.of(text.toString(java.nio.charset.Charset.defaultCharset())) : Optional.empty();
  }

  /** Asks the process at {@code socket} to leave; whether one answered. */
  public static boolean stop(Path socket) {
    PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream());
    return ask(socket, new Wire.Request(Wire.Kind.STOP, "", false, Map.of(), List.of()), nowhere, nowhere, 1)
        .isPresent();
  }

  static OptionalInt ask(Path socket, Wire.Request request, PrintStream out, PrintStream err, int lost) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException | UnsupportedOperationException none) {
      return OptionalInt.empty();
    }
    try {
      channel.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException none) {
      close(channel);
      // A socket nobody listens on any more (its process was killed): removed, so that the
      // launcher starts another process next time instead of finding this one again.
      if (none instanceof java.net.ConnectException && isSocket(socket)) {
        try {
          java.nio.file.Files.deleteIfExists(socket);
        } catch (IOException | SecurityException notOurs) {
          // Left for the next process, which removes it when it takes the lock.
        }
      }
      return OptionalInt.empty();
    }
    // Only a process of this user's may print for it.
    if (!Peers.sameUser(channel)) {
      close(channel);
      return OptionalInt.empty();
    }
    boolean printed = false;
    try (channel) {
      Wire.write(new DataOutputStream(Channels.newOutputStream(channel)), request);
      DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Channels.newInputStream(channel)));
      while (true) {
        byte kind = in.readByte();
        if (kind == Wire.EXIT) {
          int code = in.readInt();
          out.flush();
          err.flush();
          return code == ResidentProcess.NOT_SERVED && !printed ? OptionalInt.empty() : OptionalInt.of(code);
        }
        byte[] bytes = in.readNBytes(in.readInt());
        (kind == Wire.OUT ? out : err).write(bytes, 0, bytes.length);
        printed = true;
      }
    } catch (IOException gone) {
      // Nothing printed yet: the command runs afresh, and nobody sees that the process went.
      if (!printed) {
        return OptionalInt.empty();
      }
      err.println("error: stratsim's resident process stopped before the command finished; run it again"
          + " (STRATSIM_DAEMON=off runs every command in a process of its own)");
      err.flush();
      return OptionalInt.of(lost);
    }
  }

  private static void close(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing was sent.
    }
  }

  /** Whether a path is a Unix socket (file type bits of its mode), not a file that happens to have its name. */
  private static boolean isSocket(Path path) {
    try {
      int mode = (Integer) java.nio.file.Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
      return (mode & 0170000) == 0140000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException unknown) {
      return false;
    }
  }
}

package dev.stratsim.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A stratsim process that stays up between commands, so that a strategist's second {@code run}
 * finds the rules loaded and Java's code compiled instead of starting both from nothing (a fresh
 * process spends most of a run on that: BENCHMARKS.md, section d). It serves one folder (the one
 * it was started in), one build and one environment, all in its socket's name; it answers the
 * commands of its own user only (the socket is in a folder only they can open); it runs one
 * command at a time, each exactly as a fresh process would run it; and it leaves when nobody has
 * asked for anything for {@code idle}.
 */
public final class ResidentProcess {
  /** Runs one command as a fresh process would, printing to the writers given; returns its exit code. */
  public interface Command {
    int run(List<String> args, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env);
  }

  /** What the exit frame says when the process will not run a request: the client runs it itself. */
  static final int NOT_SERVED = -1;

  private static final Object CURRENT_LOCK = new Object();
  private static Wire.Frames current;

  private final Path socket;
  private final Duration idle;
  private final Command command;
  private volatile long lastUsed = System.nanoTime();
  private volatile boolean busy;
  private ServerSocketChannel server;

  private ResidentProcess(Path socket, Duration idle, Command command) {
    this.socket = socket;
    this.idle = idle;
    this.command = command;
  }

  /**
   * Serves commands at {@code socket} until idle for {@code idle} or asked to stop. Returns at
   * once when another process already serves that socket. {@code warmUp} runs first, before the
   * socket accepts anyone: a client that comes meanwhile runs its command itself.
   */
  public static void serve(Path socket, Duration idle, Command command, Runnable warmUp) throws IOException {
    Files.createDirectories(socket.getParent());
    Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
    try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockChannel)) {
      if (lock == null) {
        return;
      }
      warmUp.run();
      new ResidentProcess(socket, idle, command).loop();
    }
  }

  /** The socket's lock, or null while another process (or another thread of this one) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException heldHere) {
      return null;
    }
  }

  /**
   * Ends the request being served with {@code line} on its stderr and {@code code}; for a failure
   * after which this process cannot go on (a rule thread that cannot be stopped), just before it halts.
   */
  public static void endCurrent(String line, int code) {
    synchronized (CURRENT_LOCK) {
      if (current == null) {
        return;
      }
      try {
        byte[] bytes = (line + System.lineSeparator()).getBytes(Charset.defaultCharset());
        current.bytes(Wire.ERR, bytes, 0, bytes.length);
        current.exit(code);
      } catch (IOException gone) {
        // The client has gone; nothing to tell.
      }
    }
  }

  private void loop() throws IOException {
    // A socket left by a process that was killed: the lock says nobody serves it any more.
    Files.deleteIfExists(socket);
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(socket));
      Thread watch = new Thread(this::closeWhenIdle, "stratsim-resident-idle");
      watch.setDaemon(true);
      watch.start();
      while (server.isOpen()) {
        SocketChannel client;
        try {
          client = server.accept();
        } catch (IOException closed) {
          break;
        }
        busy = true;
        try (client) {
          answer(client);
        } catch (IOException | RuntimeException clientGone) {
          // One client's broken connection does not end the process.
        } finally {
          busy = false;
          lastUsed = System.nanoTime();
        }
      }
    } finally {
      server.close();
      Files.deleteIfExists(socket);
    }
  }

  private void closeWhenIdle() {
    while (server.isOpen()) {
      try {
        Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
      } catch (InterruptedException e) {
        return;
      }
      if (!busy && System.nanoTime() - lastUsed > idle.toNanos()) {
        try {
          server.close();
        } catch (IOException ignored) {
          // Closing is all that is left to do.
        }
      }
    }
  }

  private void answer(SocketChannel client) throws IOException {
    InputStream in = Channels.newInputStream(client);
    Wire.Frames frames = new Wire.Frames(Channels.newOutputStream(client));
    Wire.Request request = Wire.read(in);
    switch (request.kind()) {
      case STATUS -> {
        byte[] text = status().getBytes(Charset.defaultCharset());
        frames.bytes(Wire.OUT, text, 0, text.length);
        frames.exit(0);
      }
      case STOP -> {
        frames.exit(0);
        server.close();
      }
      case RUN -> run(request, frames);
    }
  }

  private String status() {
    long idleFor = Duration.ofNanos(System.nanoTime() - lastUsed).toSeconds();
    return "pid " + ProcessHandle.current().pid() + ", serving " + Path.of("").toAbsolutePath() + ", idle "
        + idleFor + " s of " + idle.toSeconds() + " s" + System.lineSeparator();
  }

  /**
   * Runs the command with stdout and stderr (the command's writers, and System.out and System.err
   * for anything that writes there directly) going to the client.
   */
  private void run(Wire.Request request, Wire.Frames frames) throws IOException {
    if (!Path.of(request.cwd()).equals(Path.of("").toAbsolutePath())) {
      frames.exit(NOT_SERVED);
      return;
    }
    Charset charset = Charset.defaultCharset();
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.stream(Wire.OUT), charset));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.stream(Wire.ERR), charset));
    int code;
    synchronized (CURRENT_LOCK) {
      current = frames;
    }
    try {
      System.setOut(new PrintStream(frames.stream(Wire.OUT), true, charset));
      System.setErr(new PrintStream(frames.stream(Wire.ERR), true, charset));
      code = command.run(request.args(), out, err, request.terminal(), request.env());
    } finally {
      out.flush();
      err.flush();
      System.out.flush();
      System.err.flush();
      System.setOut(systemOut);
      System.setErr(systemErr);
      synchronized (CURRENT_LOCK) {
        current = null;
      }
    }
    frames.exit(code);
  }
}

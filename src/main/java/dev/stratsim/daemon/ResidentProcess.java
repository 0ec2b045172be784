package dev.stratsim.daemon;

import java.io.IOException;
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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A stratsim process that stays up between commands, so that a strategist's second {@code run}
 * finds the rules loaded and Java's code compiled instead of starting both from nothing (a fresh
 * process spends most of a run on that: BENCHMARKS.md, section d). It serves one folder (the one
 * it was started in), one build and one environment, all in its socket's name and checked again
 * on every request; it answers its own user only (the socket is in a folder only they can open,
 * and the peer's credentials are checked); it runs one command at a time, each exactly as a fresh
 * process would run it, and tells any other client to run its command itself meanwhile; and it
 * leaves when nobody has asked for anything for {@code idle}.
 */
public final class ResidentProcess {
  /** Runs one command as a fresh process would, printing to the writers given; returns its exit code. */
  public interface Command {
    int run(List<String> args, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env);
  }

  /** What the exit frame says when the process will not run a request: the client runs it itself. */
  static final int NOT_SERVED = -1;
  /** How long a client may take to send its request once connected, before the connection is closed. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private static final Object CURRENT_LOCK = new Object();
  private static Wire.Frames current;

  private final Path socket;
  private final Duration idle;
  private final Command command;
  private final Predicate<List<String>> serves;
  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile long lastUsed = System.nanoTime();
  private ServerSocketChannel server;

  private ResidentProcess(Path socket, Duration idle, Command command, Predicate<List<String>> serves) {
    this.socket = socket;
    this.idle = idle;
    this.command = command;
    this.serves = serves;
  }

  /**
   * Serves the commands {@code serves} accepts at {@code socket} until idle for {@code idle} or
   * asked to stop. Returns at once when another process already serves that socket, or when the
   * socket's folder is not this user's alone (a link, another owner, open to others).
   * {@code warmUp} runs first, before the socket accepts anyone: a client that comes meanwhile
   * runs its command itself.
   */
  public static void serve(Path socket, Duration idle, Command command, Predicate<List<String>> serves,
      Runnable warmUp) throws IOException {
    if (!ownedAlone(socket.getParent())) {
      return;
    }
    Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
    try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockChannel)) {
      if (lock == null) {
        return;
      }
      warmUp.run();
      new ResidentProcess(socket, idle, command, serves).loop();
    }
  }

  /** Whether a folder is a real folder (no link), owned by this process's user, open to nobody else. */
  static boolean ownedAlone(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(Peers.me()) && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
          .equals(PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      return false;
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
    // Stopped by a signal (a logout, kill): the socket goes, so that the next command starts another.
    Thread cleanUp = new Thread(this::removeSocket, "stratsim-resident-exit");
    Runtime.getRuntime().addShutdownHook(cleanUp);
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
        if (!Peers.sameUser(client)) {
          client.close();
        } else if (busy.compareAndSet(false, true)) {
          Thread worker = new Thread(() -> answer(client), "stratsim-resident-command");
          worker.setDaemon(true);
          worker.start();
        } else {
          // One command at a time: another client runs its own rather than wait behind this one.
          notServed(client);
        }
      }
    } finally {
      removeSocket();
      try {
        Runtime.getRuntime().removeShutdownHook(cleanUp);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or has run.
      }
    }
  }

  private void removeSocket() {
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException ignored) {
      // The next process finds the lock free and removes a socket left behind.
    }
  }

  private static void notServed(SocketChannel client) {
    try (client) {
      new Wire.Frames(Channels.newOutputStream(client)).exit(NOT_SERVED);
    } catch (IOException gone) {
      // The client runs its command itself either way.
    }
  }

  private void closeWhenIdle() {
    while (server.isOpen()) {
      try {
        Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
      } catch (InterruptedException e) {
        return;
      }
      if (!busy.get() && System.nanoTime() - lastUsed > idle.toNanos()) {
        close();
      }
    }
  }

  private void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // Closing is all that is left to do.
    }
  }

  /**
   * Answers one client. The process is free again before the exit code is sent, so that a client
   * which starts its next command the moment this one ends finds it free.
   */
  private void answer(SocketChannel client) {
    try (client) {
      Wire.Frames frames = new Wire.Frames(Channels.newOutputStream(client));
      int code;
      try {
        Wire.Request request = readWithin(client);
        code = switch (request.kind()) {
          case STATUS -> {
            byte[] text = status().getBytes(Charset.defaultCharset());
            frames.bytes(Wire.OUT, text, 0, text.length);
            yield 0;
          }
          case STOP -> {
            close();
            yield 0;
          }
          case RUN -> run(request, frames);
        };
      } finally {
        lastUsed = System.nanoTime();
        busy.set(false);
      }
      frames.exit(code);
    } catch (IOException | RuntimeException clientGone) {
      // One client's broken connection does not end the process.
    }
  }

  /** The client's request, or an exception when it does not send one within {@link #REQUEST_TIMEOUT}. */
  private static Wire.Request readWithin(SocketChannel client) throws IOException {
    Thread timer = new Thread(() -> {
      try {
        Thread.sleep(REQUEST_TIMEOUT.toMillis());
        client.close();
      } catch (InterruptedException | IOException done) {
        // Read in time, or closed anyway.
      }
    }, "stratsim-resident-request");
    timer.setDaemon(true);
    timer.start();
    try {
      return Wire.read(Channels.newInputStream(client));
    } finally {
      timer.interrupt();
    }
  }

  private String status() {
    long idleFor = Duration.ofNanos(System.nanoTime() - lastUsed).toSeconds();
    return "pid " + ProcessHandle.current().pid() + ", serving " + Path.of("").toAbsolutePath() + ", idle "
        + idleFor + " s of " + idle.toSeconds() + " s" + System.lineSeparator();
  }

  /**
   * Runs the command with stdout and stderr (the command's writers, and System.out and System.err
   * for anything that writes there directly) going to the client, and returns its exit code; or
   * {@link #NOT_SERVED}, for the client to run it itself, when it comes from another folder, with
   * another environment, or is not a command this process serves.
   */
  private int run(Wire.Request request, Wire.Frames frames) {
    if (!sameFolder(request.cwd()) || !Wire.sameEnvironment(request.env(), System.getenv())
        || !serves.test(request.args())) {
      return NOT_SERVED;
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
    return code;
  }

  /**
   * Whether the client's folder is the one this process works in: the same file, not only the same
   * name, since a folder deleted and made again under its name is another folder, where this
   * process's relative paths no longer lead. A process whose folder is gone stops serving.
   */
  private boolean sameFolder(String cwd) {
    try {
      Object mine = Files.readAttributes(Path.of("."), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      Object theirs = Files.readAttributes(Path.of(cwd), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      Object named = Files.readAttributes(Path.of("").toAbsolutePath(),
          java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      if (!Objects.equals(mine, named)) {
        close();
        return false;
      }
      return mine != null && mine.equals(theirs);
    } catch (IOException gone) {
      close();
      return false;
    }
  }
}

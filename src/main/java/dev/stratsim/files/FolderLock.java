package dev.stratsim.files;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An exclusive lock on a folder stratsim writes into, held from the check of what is there to the
 * last rename, so that two runs writing into one folder take turns and each leaves its files
 * whole. It is an operating-system lock on {@code .stratsim-lock} in the folder (released by the
 * system when a process dies, so a killed run never leaves the folder locked), taken together
 * with a lock of this process (the system's lock does not tell threads apart). The file is
 * deleted while still locked when the lock is released; whoever locks it next checks that what
 * it locked is still the file at that path.
 */
final class FolderLock implements AutoCloseable {
  static final String NAME = ".stratsim-lock";
  private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
  private static final long POLL_MILLIS = 25;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Semaphore local;

  private FolderLock(Path file, FileChannel channel, FileLock lock, Semaphore local) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.local = local;
  }

  /**
   * Locks {@code dir}, an existing folder, waiting up to {@code patience} for another run to
   * finish.
   *
   * @throws InvalidInputException when the folder is still locked after that, naming the process
   */
  static FolderLock acquire(Path dir, Duration patience) {
    Path file = dir.resolve(NAME);
    long deadline = System.nanoTime() + patience.toNanos();
    Semaphore local = IN_PROCESS.computeIfAbsent(key(dir), k -> new Semaphore(1));
    try {
      if (!local.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy(dir, "this process");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(dir, "this process");
    }
    try {
      while (true) {
        FolderLock taken = tryOnce(file, local);
        if (taken != null) {
          return taken;
        }
        if (System.nanoTime() > deadline) {
          throw busy(dir, holder(file));
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      local.release();
      Thread.currentThread().interrupt();
      throw busy(dir, holder(file));
    } catch (RuntimeException e) {
      local.release();
      throw e;
    }
  }

  private static FolderLock tryOnce(Path file, Semaphore local) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        if (stillAt(file, channel)) {
          return new FolderLock(file, channel, lock, local);
        }
        lock.release();
      }
      channel.close();
      return null;
    } catch (OverlappingFileLockException e) {
      close(channel);
      return null;
    } catch (IOException e) {
      close(channel);
      throw new InvalidInputException(Problem.inFile(file, "cannot lock the folder (" + FileProblems.reason(e)
          + "); check that the folder is writable and that " + NAME + " is a file"));
    }
  }

  /**
   * Whether the file locked is the one at {@code file}: a run that released the lock deleted it,
   * and another may have created a new one since.
   */
  private static boolean stillAt(Path file, FileChannel channel) throws IOException {
    byte[] token = ("pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n")
        .getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(token), 0);
    try {
      byte[] there;
      try (var in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        ByteBuffer buffer = ByteBuffer.allocate(token.length + 1);
        while (buffer.hasRemaining() && in.read(buffer) > 0) {
          // read up to one byte more than the token
        }
        there = Arrays.copyOf(buffer.array(), buffer.position());
      }
      return Arrays.equals(token, there);
    } catch (IOException e) {
      return false;
    }
  }

  /** The process that holds the lock, as its lock file says, for the message. */
  private static String holder(Path file) {
    try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      String text = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
      String[] words = text.split(" ");
      return words.length >= 2 && words[0].equals("pid") && words[1].chars().allMatch(Character::isDigit)
          ? "process " + words[1] : "another process";
    } catch (IOException e) {
      return "another process";
    }
  }

  private static InvalidInputException busy(Path dir, String who) {
    return new InvalidInputException(Problem.inFile(dir, "another stratsim run (" + who
        + ") is writing into this folder; wait for it to finish, or write somewhere else"));
  }

  private static Path key(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  private static void close(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing releases the lock; nothing else to do.
      }
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A lock file left behind is harmless: the next run locks it again.
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel below releases it too.
    }
    close(channel);
    local.release();
  }
}

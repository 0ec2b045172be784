package dev.stratsim.briefing;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a report's files into its folder. Each file is written to a temporary file next to it
 * and renamed over the old one, so a reader never sees half a file. A file that is already there
 * is replaced only if stratsim wrote it: the folder's {@link Manifest} lists each file stratsim
 * wrote with its SHA-256, and a file that is not listed, or was edited since, is left alone
 * unless {@code force} is set. All files are checked before any is written.
 */
final class OutputDir {
  /** Moves a finished temporary file onto its target; replaceable in tests. */
  interface Mover {
    void move(Path temporary, Path target) throws IOException;
  }

  static final Mover ATOMIC = (temporary, target) -> {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  private OutputDir() {}

  static List<Path> write(Path dir, Map<String, byte[]> files, boolean force) {
    return write(dir, files, force, ATOMIC);
  }

  static List<Path> write(Path dir, Map<String, byte[]> files, boolean force, Mover mover) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException(Problem.inFile(dir, "--out names a file, not a folder; name a folder"));
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
    Manifest manifest = Manifest.read(dir);
    List<Problem> problems = new ArrayList<>();
    if (!manifest.ours() && !force) {
      problems.add(Problem.inFile(dir.resolve(Manifest.NAME), "was not written by stratsim; move it away or pass --force"));
    }
    for (String name : files.keySet()) {
      Path target = dir.resolve(name);
      if (Files.isDirectory(target)) {
        problems.add(Problem.inFile(target, "is a folder; move it away so the report can be written"));
      } else if (Files.exists(target) && !force && !manifest.wrote(target)) {
        problems.add(Problem.inFile(target, "exists and was not written by stratsim, or was changed since;"
            + " move it away or pass --force to overwrite it"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Path> written = new ArrayList<>();
    SortedMap<String, String> hashes = new TreeMap<>(manifest.hashes());
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      atomically(target, file.getValue(), mover);
      hashes.put(file.getKey(), Manifest.sha256(file.getValue()));
      written.add(target);
    }
    atomically(dir.resolve(Manifest.NAME), Manifest.text(hashes), mover);
    return List.copyOf(written);
  }

  private static void atomically(Path target, byte[] content, Mover mover) {
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(content));
        channel.force(true);
      }
      if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      mover.move(temporary, target);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // Best effort: the temporary file is hidden and named after its target.
        }
      }
    }
  }

  private static InvalidInputException cannotWrite(Path path, IOException e) {
    return new InvalidInputException(Problem.inFile(path, "cannot write: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " " + e.getMessage()) + "; check the folder and its permissions"));
  }
}

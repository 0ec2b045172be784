package dev.stratsim.files;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every file stratsim writes ({@code report --out}, {@code check --junit},
 * {@code simulate --samples-out}, and any option added later) is written here, the same way:
 *
 * <ul>
 *   <li>A file that is already there is replaced only if stratsim wrote it and nobody changed it
 *       since, or with {@code --force}: the folder's {@code .stratsim-manifest} lists what stratsim
 *       wrote there with SHA-256s. {@link #check} says so before any work is done.
 *   <li>Each file is written to a temporary file beside it, flushed to disk and renamed over the
 *       old one, so a reader never sees half a file; all files of one write are whole on disk
 *       before the first is renamed, and every check comes before the first byte is written.
 *   <li>A folder is locked from the checks to the last rename: two runs writing into one folder
 *       take turns, each leaving its files whole and the manifest true.
 *   <li>Temporary files left by a run that died (kill -9, power loss) are recognised by their
 *       names and deleted by the next run, which holds the lock, so they cannot be anyone's.
 * </ul>
 *
 * <pre>{@code
 * OutputFiles.check(file, force);                       // first thing: refuse early
 * ...                                                  // the work
 * OutputFiles.write(file, force, OutputFiles.text(out -> out.println("...")));
 * }</pre>
 */
public final class OutputFiles {
  /** How long a run waits for another one writing into the same folder. */
  static final Duration PATIENCE = Duration.ofSeconds(30);
  /** Ends the name of every temporary file, so a dead run's are known for what they are. */
  static final String TEMP_SUFFIX = ".stratsim-tmp";

  /** What goes into one file, written as a stream: it may be larger than memory. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

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

  private OutputFiles() {}

  public static Content bytes(byte[] content) {
    return out -> out.write(content);
  }

  /** UTF-8 text; a failed write (a full disk) is an error, not a silently short file. */
  public static Content text(Consumer<PrintWriter> body) {
    return out -> {
      PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      body.accept(writer);
      writer.flush();
      if (writer.checkError()) {
        throw new IOException("the file could not be written whole");
      }
    };
  }

  /**
   * Refuses, before any work, a file that {@link #write} would refuse: one stratsim did not write,
   * unless forced, or a folder or stratsim's own bookkeeping in its place.
   */
  public static void check(Path file, boolean force) {
    Target target = Target.of(file);
    InvalidInputException.throwIfAny(problems(target.dir(), List.of(target.name()), force, true));
  }

  /** {@link #check} for files of the given names in folder {@code dir}. */
  public static void checkFolder(Path dir, Collection<String> names, boolean force) {
    InvalidInputException.throwIfAny(problems(dir, names, force, false));
  }

  /**
   * Writes {@code file} whole, or leaves everything as it was.
   *
   * @param force whether a file stratsim did not write may be replaced
   * @throws InvalidInputException when the file may not be replaced or cannot be written
   */
  public static Path write(Path file, boolean force, Content content) {
    Target target = Target.of(file);
    writeFolder(target.dir(), Map.of(target.name(), content), force, ATOMIC, PATIENCE, true);
    return file;
  }

  /**
   * Writes files into folder {@code dir} (created if missing): all of them whole, or none.
   *
   * @return the files written, in the order given
   */
  public static List<Path> writeFolder(Path dir, Map<String, Content> files, boolean force) {
    return writeFolder(dir, files, force, ATOMIC, PATIENCE, false);
  }

  static List<Path> writeFolder(Path dir, Map<String, Content> files, boolean force, Mover mover,
      Duration patience, boolean single) {
    InvalidInputException.throwIfAny(folderProblems(dir, single));
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw FileProblems.cannotWrite(dir, e);
    }
    try (FolderLock lock = FolderLock.acquire(dir, patience)) {
      Temps.deleteStale(dir, Manifest.read(dir));
      InvalidInputException.throwIfAny(problems(dir, files.keySet(), force, single));
      Manifest manifest = Manifest.read(dir);
      Map<String, Written> temps = new LinkedHashMap<>();
      try {
        for (Map.Entry<String, Content> file : files.entrySet()) {
          temps.put(file.getKey(), writeTemporary(dir, file.getKey(), file.getValue()));
        }
        // While the files are renamed, the manifest lists each with its old and its new content.
        SortedMap<String, Set<String>> pending = new TreeMap<>();
        SortedMap<String, Set<String>> done = new TreeMap<>();
        temps.forEach((name, written) -> {
          Set<String> both = new java.util.TreeSet<>(manifest.wrote(dir.resolve(name))
              ? manifest.hashes().get(name) : Set.of());
          both.add(written.sha256());
          pending.put(name, both);
          done.put(name, Set.of(written.sha256()));
        });
        Manifest base = manifest.ours() ? manifest : new Manifest(new TreeMap<>(), Manifest.State.ABSENT);
        replace(dir, Manifest.NAME, base.with(pending).text(), mover);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Written> temp : temps.entrySet()) {
          Path target = dir.resolve(temp.getKey());
          try {
            mover.move(temp.getValue().path(), target);
          } catch (IOException e) {
            throw FileProblems.cannotWrite(target, e);
          }
          written.add(target);
        }
        replace(dir, Manifest.NAME, base.with(done).text(), mover);
        return List.copyOf(written);
      } finally {
        temps.values().forEach(t -> Temps.delete(t.path()));
      }
    }
  }

  private record Written(Path path, String sha256) {}

  /** The folder and name of a single file; the folder as given (empty for the current one), for messages. */
  private record Target(Path dir, String name) {
    static Target of(Path file) {
      Path name = file.getFileName();
      if (name == null || name.toString().equals("..") || name.toString().equals(".")) {
        throw new InvalidInputException(Problem.inFile(file, "names no file; name a file to write"));
      }
      return new Target(file.getParent() != null ? file.getParent() : Path.of(""), name.toString());
    }
  }

  /** What stands in the way of the folder itself. */
  private static List<Problem> folderProblems(Path dir, boolean single) {
    List<Problem> problems = new ArrayList<>();
    if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
      problems.add(Problem.inFile(dir, FileProblems.missing(dir)));
    } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
      problems.add(Problem.inFile(dir, single ? "is a file, not a folder; the file cannot be written there"
          : "is a file, not a folder; name a folder"));
    }
    return problems;
  }

  private static List<Problem> problems(Path dir, Collection<String> names, boolean force, boolean single) {
    List<Problem> problems = folderProblems(dir, single);
    if (!problems.isEmpty() || !Files.isDirectory(dir)) {
      return problems;
    }
    Manifest manifest = Manifest.read(dir);
    Path manifestFile = dir.resolve(Manifest.NAME);
    if (manifest.state() == Manifest.State.IN_THE_WAY) {
      problems.add(Problem.inFile(manifestFile, "is not a file (stratsim keeps the list of the files it wrote"
          + " here in it); move it away"));
    } else if (manifest.state() == Manifest.State.FOREIGN && !force) {
      problems.add(Problem.inFile(manifestFile, "was not written by stratsim; move it away or pass --force"));
    }
    for (String name : names) {
      Path target = dir.resolve(name);
      if (name.equals(Manifest.NAME) || name.equals(FolderLock.NAME) || name.endsWith(TEMP_SUFFIX)) {
        problems.add(Problem.inFile(target, "is a name stratsim keeps for itself; name another file"));
      } else if (Files.isDirectory(target)) {
        problems.add(Problem.inFile(target, "is a folder; move it away so the file can be written"));
      } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)
          && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        // Replacing /dev/null or a pipe with a regular file would break what else uses it.
        problems.add(Problem.inFile(target, "is not a regular file (a device, pipe or socket), which stratsim"
            + " never replaces; name a file"));
      } else if (Files.isSymbolicLink(target) && !force) {
        problems.add(Problem.inFile(target, "is a symbolic link, which stratsim never writes; move it away"
            + " or pass --force to replace the link (not what it points to)"));
      } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force && !manifest.wrote(target)) {
        problems.add(Problem.inFile(target, "exists and was not written by stratsim, or was changed since;"
            + " move it away or pass --force to overwrite it"));
      }
    }
    return problems;
  }

  private static Written writeTemporary(Path dir, String name, Content content) {
    Path target = dir.resolve(name);
    Path temporary = null;
    try {
      temporary = Files.createTempFile(dir, "." + name + ".", TEMP_SUFFIX);
      MessageDigest digest = Manifest.digest();
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        OutputStream out = new DigestOutputStream(new java.io.BufferedOutputStream(
            Channels.newOutputStream(channel), 1 << 16), digest);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      return new Written(temporary, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      Temps.delete(temporary);
      throw FileProblems.cannotWrite(target, e);
    } catch (RuntimeException e) {
      Temps.delete(temporary);
      throw e;
    }
  }

  private static void replace(Path dir, String name, byte[] content, Mover mover) {
    Path target = dir.resolve(name);
    Written temp = writeTemporary(dir, name, bytes(content));
    try {
      mover.move(temp.path(), target);
    } catch (IOException e) {
      throw FileProblems.cannotWrite(target, e);
    } finally {
      Temps.delete(temp.path());
    }
  }
}

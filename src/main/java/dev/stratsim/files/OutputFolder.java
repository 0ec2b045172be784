package dev.stratsim.files;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A folder that stratsim writes whole, as a folder of part files ({@code simulate --samples-out}
 * with {@code --engine spark}), the way {@link OutputFiles} writes a file:
 *
 * <ul>
 *   <li>A folder already there is replaced only if it is empty, or if stratsim wrote it and
 *       nobody changed it since, or with {@code --force}: its {@code .stratsim-manifest} lists
 *       every file in it with its SHA-256, and a folder holding anything else, or a listed file
 *       changed, is not stratsim's. A file, or a symbolic link without {@code --force}, is never
 *       replaced by a folder. {@link #check} says so before any work is done.
 *   <li>The files are written into a temporary folder beside it, {@code .NAME.DIGITS.stratsim-tmp},
 *       flushed to disk and listed in its manifest, and the folder is then renamed into place (the
 *       old one renamed aside first, then deleted), so a reader never sees half a folder.
 *   <li>The parent folder is locked while a temporary folder is made and while one is renamed
 *       into place; a temporary folder is locked ({@code .stratsim-lock} in it) while it is
 *       written. A temporary folder whose lock is free was left by a run that died (the system
 *       releases a dead process's lock), and the next run deletes it.
 * </ul>
 */
public final class OutputFolder {
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]+" + Pattern.quote(OutputFiles.TEMP_SUFFIX));
  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFolder() {}

  /**
   * Refuses, before any work, a folder that {@link #write} would refuse, and one that holds any of
   * {@code inputs} (the files or folders a command reads) or the working folder, which replacing
   * it would delete, even with {@code --force}.
   */
  public static void check(Path folder, boolean force, Collection<Path> inputs) {
    InvalidInputException.throwIfAny(problems(folder, force));
    Path target = real(folder);
    List<Path> held = new ArrayList<>(inputs);
    held.add(Path.of(""));
    for (Path input : held) {
      if (real(input).startsWith(target)) {
        String what = input.toString().isEmpty() ? "the working folder" : input.toString();
        throw new InvalidInputException(Problem.inFile(folder, "holds " + what + ", which replacing the folder would"
            + " delete; name another folder"));
      }
    }
  }

  /** The path with links resolved as far as it exists, for comparing where two paths lead. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  /**
   * Writes {@code folder} whole, or leaves everything as it was.
   *
   * @param fill writes the folder's files into the (empty, existing) temporary folder it is given
   * @throws InvalidInputException when the folder may not be replaced or cannot be written
   */
  public static Path write(Path folder, boolean force, Consumer<Path> fill) {
    InvalidInputException.throwIfAny(problems(folder, force));
    Path parent = parent(folder);
    String name = folder.getFileName().toString();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw FileProblems.cannotWrite(parent, e);
    }
    Path temporary;
    FolderLock writing;
    try (FolderLock lock = FolderLock.acquire(parent, OutputFiles.PATIENCE)) {
      deleteStale(parent);
      temporary = createTemporary(parent, name, folder);
      writing = FolderLock.acquire(temporary, OutputFiles.PATIENCE);
    }
    boolean moved = false;
    try {
      try {
        fill.accept(temporary);
        writeManifest(temporary, folder);
      } catch (RuntimeException e) {
        writing.close();
        throw e;
      }
      try (FolderLock lock = FolderLock.acquire(parent, OutputFiles.PATIENCE)) {
        // Unlocked (its lock file deleted) only under the parent's lock, so no run takes it for stale.
        writing.close();
        InvalidInputException.throwIfAny(problems(folder, force));
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
          Path aside = temporaryName(parent, name);
          move(folder, aside, folder);
          try {
            move(temporary, folder, folder);
          } catch (InvalidInputException e) {
            move(aside, folder, folder);
            throw e;
          }
          moved = true;
          deleteTree(aside);
        } else {
          move(temporary, folder, folder);
          moved = true;
        }
      }
    } finally {
      if (!moved) {
        deleteTree(temporary);
      }
    }
    return folder;
  }

  /** A name for a temporary folder beside the target, {@code .NAME.DIGITS.stratsim-tmp}. */
  private static Path temporaryName(Path parent, String name) {
    return parent.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + OutputFiles.TEMP_SUFFIX);
  }

  private static Path createTemporary(Path parent, String name, Path shown) {
    while (true) {
      Path temporary = temporaryName(parent, name);
      try {
        return Files.createDirectory(temporary);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // drawn twice: draw again
      } catch (IOException e) {
        throw FileProblems.cannotWrite(shown, e);
      }
    }
  }

  /** The folder a target is in; the current one for a bare name. */
  private static Path parent(Path folder) {
    return folder.getParent() != null ? folder.getParent() : Path.of("");
  }

  private static List<Problem> problems(Path folder, boolean force) {
    List<Problem> problems = new ArrayList<>();
    Path name = folder.getFileName();
    if (name == null || name.toString().equals("..") || name.toString().equals(".")) {
      problems.add(Problem.inFile(folder, "names no folder; name a folder to write"));
      return problems;
    }
    String text = name.toString();
    Path parent = parent(folder);
    if (Files.exists(parent) && !Files.isDirectory(parent)) {
      problems.add(Problem.inFile(parent, "is a file, not a folder; the folder cannot be written there"));
    } else if (text.equals(Manifest.NAME) || text.equals(FolderLock.NAME) || text.endsWith(OutputFiles.TEMP_SUFFIX)) {
      problems.add(Problem.inFile(folder, "is a name stratsim keeps for itself; name another folder"));
    } else if (Files.isSymbolicLink(folder)) {
      if (!force) {
        problems.add(Problem.inFile(folder, "is a symbolic link, which stratsim never writes; move it away or pass"
            + " --force to replace the link (not what it points to)"));
      }
    } else if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(Problem.inFile(folder, "is a file, not a folder; a folder of part files is written here, so name"
          + " a folder, or move the file away"));
    } else if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !force && !emptyOrOurs(folder)) {
      problems.add(Problem.inFile(folder, "is a folder stratsim did not write, or its files changed since; move it"
          + " away or pass --force to replace it and all it holds"));
    }
    return problems;
  }

  /**
   * Whether replacing the folder loses nothing: it is empty, or its manifest is stratsim's and
   * lists exactly the files in it, each as stratsim wrote it.
   */
  static boolean emptyOrOurs(Path folder) {
    Set<String> names = new HashSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    } catch (IOException e) {
      return false;
    }
    if (names.isEmpty()) {
      return true;
    }
    Manifest manifest = Manifest.read(folder);
    names.remove(Manifest.NAME);
    return manifest.state() == Manifest.State.OURS && names.equals(manifest.hashes().keySet())
        && names.stream().allMatch(n -> manifest.wrote(folder.resolve(n)));
  }

  /** Flushes every file the fill wrote to disk and lists it, with its SHA-256, in the folder's manifest. */
  private static void writeManifest(Path temporary, Path folder) {
    SortedMap<String, Set<String>> hashes = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(temporary)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.equals(FolderLock.NAME)) {
          continue;
        }
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalStateException("the output folder " + folder + " was to hold files only, not " + name);
        }
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.READ)) {
          channel.force(true);
        }
        hashes.put(name, Set.of(Manifest.sha256(entry)));
      }
      Path manifest = temporary.resolve(Manifest.NAME);
      Files.write(manifest, new Manifest(hashes, Manifest.State.OURS).text());
      try (FileChannel channel = FileChannel.open(manifest, StandardOpenOption.READ)) {
        channel.force(true);
      }
    } catch (IOException e) {
      throw FileProblems.cannotWrite(folder, e);
    }
  }

  /**
   * Deletes the temporary folders of runs that died: those whose lock can be taken at once. A
   * live run holds its own; called under the parent's lock, as every temporary folder is made.
   */
  private static void deleteStale(Path parent) {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path entry : entries) {
        if (TEMPORARY.matcher(entry.getFileName().toString()).matches()
            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          stale.add(entry);
        }
      }
    } catch (IOException e) {
      return;  // Only tidying: a folder that cannot be listed fails in the write that follows.
    }
    for (Path entry : stale) {
      try (FolderLock lock = FolderLock.acquire(entry, Duration.ZERO)) {
        // Free: no live run writes it.
      } catch (InvalidInputException e) {
        continue;  // a live run's, or not lockable: left alone
      }
      deleteTree(entry);
    }
  }

  private static void move(Path from, Path to, Path shown) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to);
      }
    } catch (IOException e) {
      throw FileProblems.cannotWrite(shown, e);
    }
  }

  /** Deletes a folder and all it holds, never following a link out of it; best effort. */
  static void deleteTree(Path folder) {
    if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException ignored) {
      // Best effort: what is left is hidden, and the next run deletes it.
    }
  }
}

package dev.stratsim.files;

import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Why a path could not be used, in words a user can act on rather than an exception's name. */
public final class FileProblems {
  private FileProblems() {}

  /**
   * Why {@code path} names nothing: a plain missing path, a symbolic link to nothing, or a link
   * that loops back on itself.
   */
  public static String missing(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return "no such file or folder" + orNearest(path, "check the path");
    }
    try {
      path.toRealPath();
      return "cannot be read; check the path";
    } catch (NoSuchFileException e) {
      return "is a symbolic link to " + target(path) + ", which does not exist; fix the link or give another path";
    } catch (IOException e) {
      return "is a symbolic link that cannot be followed (it loops back on itself, or a link it leads to"
          + " does); fix the link or give another path";
    }
  }

  /**
   * {@code "; did you mean 'scenarios/meta-scale-deal.yaml'?"} when a file or folder beside the
   * missing one has a name a typo away from it, else {@code "; "} and {@code otherwise}. Only the
   * folder the path names is read, and only its first {@value #MAX_SIBLINGS} entries.
   */
  public static String orNearest(Path path, String otherwise) {
    return nearest(path).map(p -> DidYouMean.clause(p.toString())).orElse("; " + otherwise);
  }

  /** The most entries of a folder read for a suggestion: a typo in a huge folder gets none. */
  static final int MAX_SIBLINGS = 1_000;

  private static Optional<Path> nearest(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    Path parent = path.getParent();
    try (Stream<Path> list = Files.list(parent == null ? Path.of(".") : parent)) {
      List<String> siblings = list.limit(MAX_SIBLINGS).map(p -> p.getFileName().toString()).toList();
      return DidYouMean.suggest(name.toString(), siblings)
          .map(sibling -> parent == null ? Path.of(sibling) : parent.resolve(sibling));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** An output file or folder that cannot be written, with why and what to check. */
  public static InvalidInputException cannotWrite(Path path, IOException e) {
    return new InvalidInputException(Problem.inFile(path, "cannot write: " + reason(e)
        + "; check the folder and its permissions"));
  }

  /** What went wrong, in words: "permission denied", "a file is in the way", the system's reason. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof NotDirectoryException) {
      return "a file is where a folder should be";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder is in the way";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a path that cannot be read";
    }
  }
}

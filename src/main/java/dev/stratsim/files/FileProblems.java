package dev.stratsim.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Why a path could not be used, in words a user can act on rather than an exception's name. */
public final class FileProblems {
  private FileProblems() {}

  /**
   * Why {@code path} names nothing: a plain missing path, a symbolic link to nothing, or a link
   * that loops back on itself.
   */
  public static String missing(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return "no such file or folder; check the path";
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

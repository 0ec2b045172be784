package dev.stratsim.files;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an input file (a scenario, a rule file, a rules folder's YAML) whole, within a size
 * limit. What is not a regular file (a folder, a device such as /dev/zero, a pipe, a link to one)
 * is refused before a byte is read, and a file that grows while it is read is cut off at the limit
 * plus one byte, so no input can make stratsim read without end.
 */
public final class InputFile {
  /** The limit of a scenario or rule file: far above any real one, far below a memory problem. */
  public static final long MAX_BYTES = 1024 * 1024;

  private InputFile() {}

  /**
   * @param what what the file should be, ending the messages: "a YAML file", "a DRL file"
   * @throws InvalidInputException naming the file and what is wrong with it
   */
  public static byte[] read(Path file, long maxBytes, String what) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw fail(file, "is a directory; give " + what);
      }
      if (!attributes.isRegularFile()) {
        // A device or pipe reports size 0 and may never end: never read one.
        throw fail(file, "is not a regular file; give " + what);
      }
      if (attributes.size() > maxBytes) {
        throw tooLarge(file, attributes.size(), maxBytes);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw tooLarge(file, Files.size(file), maxBytes);
        }
        return bytes;
      }
    } catch (IOException e) {
      if (e instanceof NoSuchFileException || !Files.exists(file)) {
        String missing = FileProblems.missing(file);
        throw fail(file, missing.startsWith("no such") ? "file not found" + FileProblems.orNearest(file, "check the path")
            : missing);
      }
      throw fail(file, "cannot read file (" + FileProblems.reason(e) + "); check the path and its permissions");
    }
  }

  /** "1 MB (1048576 bytes)", as limits are written in messages. */
  public static String describe(long bytes) {
    return (bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB")
        + " (" + bytes + " bytes)";
  }

  private static InvalidInputException tooLarge(Path file, long size, long maxBytes) {
    return fail(file, "file is too large (" + size + " bytes); the limit is " + describe(maxBytes));
  }

  private static InvalidInputException fail(Path file, String message) {
    return new InvalidInputException(Problem.inFile(file, message));
  }
}

package dev.stratsim.yaml;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file as UTF-8 text, refusing what is clearly not a YAML file before any parsing. */
final class FileText {
  static final long MAX_BYTES = 1024 * 1024;

  private FileText() {}

  static String read(Path file) {
    byte[] bytes = bytes(file);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw fail(file, "file looks binary (NUL byte at offset " + i
            + "); give a UTF-8 YAML file");
      }
    }
    String text = decode(file, bytes);
    // A byte order mark is legal in YAML but would otherwise shift column numbers.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static byte[] bytes(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw fail(file, "is a directory; give a YAML file");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A device or pipe reports size 0 and may never end: never read one.
        throw fail(file, "is not a regular file; give a YAML file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(file, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // Bounded even if the file grows after the size check.
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw tooLarge(file, Files.size(file));
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw fail(file, "file not found; check the path");
    } catch (IOException e) {
      throw fail(file, "cannot read file (" + e.getClass().getSimpleName()
          + "); check permissions");
    }
  }

  private static String decode(Path file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw fail(file, "file is not valid UTF-8 text (bad byte at offset " + in.position()
          + "); save it as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static InvalidInputException tooLarge(Path file, long size) {
    return fail(file, "file is too large (" + size + " bytes); the limit is 1 MB (" + MAX_BYTES
        + " bytes)");
  }

  private static InvalidInputException fail(Path file, String message) {
    return new InvalidInputException(Problem.inFile(file, message));
  }
}

package dev.stratsim.yaml;

import dev.stratsim.files.InputFile;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a file as UTF-8 text, refusing what is clearly not a YAML file before any parsing. */
final class FileText {
  static final long MAX_BYTES = InputFile.MAX_BYTES;

  private FileText() {}

  static String read(Path file) {
    byte[] bytes = InputFile.read(file, MAX_BYTES, "a YAML file");
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

  private static InvalidInputException fail(Path file, String message) {
    return new InvalidInputException(Problem.inFile(file, message));
  }
}

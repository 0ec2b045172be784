package dev.stratsim.cli;

import dev.stratsim.problem.UserText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last guard between stratsim and a terminal: everything a command prints on stdout and
 * stderr passes through it, and every control character but line feed, carriage return and tab
 * (which stratsim's own output uses) is written as {@code \u001b}. So no scenario, argument or
 * rule can send an escape sequence (retitle or clear the terminal, move the cursor) through any
 * output, whatever the format; and inside a JSON string the escape is JSON's own. Line breaks in
 * user text are escaped where the text is printed ({@link UserText}), since only there is it
 * known that a line must stay one line.
 */
final class TerminalWriter extends FilterWriter {
  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (passes((char) c)) {
      out.write(c);
    } else {
      out.write(escaped((char) c));
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (!passes(buffer[i])) {
        out.write(buffer, start, i - start);
        out.write(escaped(buffer[i]));
        start = i + 1;
      }
    }
    out.write(buffer, start, end - start);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }

  private static boolean passes(char c) {
    return c == '\n' || c == '\r' || c == '\t' || !UserText.dangerous(c);
  }

  private static String escaped(char c) {
    return String.format("\\u%04x", (int) c);
  }
}

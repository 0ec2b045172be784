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
 *
 * <p>With colour on ({@code --color}, see {@link Colour}), a colour sequence alone, ESC [ digits
 * and semicolons m, passes whole: stratsim's status words and help are coloured with them, and
 * such a sequence can change a colour and nothing else. User text has been escaped before it
 * gets here ({@link UserText}, JSON's own escapes), so this guard is the second, not the only one.
 */
final class TerminalWriter extends FilterWriter {
  private volatile boolean colour;

  TerminalWriter(Writer out) {
    super(out);
  }

  void colour(boolean on) {
    colour = on;
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
      int sgr = colour && buffer[i] == ESC ? colourSequence(buffer, i, end) : 0;
      if (sgr > 0) {
        i += sgr - 1;
      } else if (!passes(buffer[i])) {
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

  private static final char ESC = 0x1b;

  /** The length of the colour sequence (ESC [ 0-9; m) at {@code i}, or 0 when there is none. */
  private static int colourSequence(char[] buffer, int i, int end) {
    if (i + 2 >= end || buffer[i + 1] != '[') {
      return 0;
    }
    for (int j = i + 2; j < end; j++) {
      char c = buffer[j];
      if (c == 'm') {
        return j - i + 1;
      }
      if (!(c == ';' || (c >= '0' && c <= '9'))) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean passes(char c) {
    return c == '\n' || c == '\r' || c == '\t' || !UserText.dangerous(c);
  }

  private static String escaped(char c) {
    return String.format("\\u%04x", (int) c);
  }
}

package dev.stratsim.output;

import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;

/**
 * Stratsim's own status words (ok and FAIL, fixed and broken), in colour where the writer says its
 * reader is a terminal that wants colour, and as plain words anywhere else: a file, a pipe, a CI
 * log, {@code NO_COLOR}. The colour is picocli's markup, so the escape codes are picocli's too;
 * a status word is a constant, never user text, so the markup cannot be broken by what it holds.
 */
public final class Colours {
  private Colours() {}

  /** A writer that knows whether its text may carry colour. */
  public interface Painted {
    Ansi ansi();
  }

  /** A status that is good news: a check that holds, one fixed. */
  public static String good(PrintWriter out, String word) {
    return paint(out, "green", word);
  }

  /** A status that is bad news: a check that fails, one broken. */
  public static String bad(PrintWriter out, String word) {
    return paint(out, "red", word);
  }

  private static String paint(PrintWriter out, String style, String word) {
    return out instanceof Painted painted ? painted.ansi().string("@|" + style + " " + word + "|@") : word;
  }
}

package dev.stratsim.cli;

import dev.stratsim.output.Colours;
import java.io.Writer;
import picocli.CommandLine.Help.Ansi;

/**
 * stdout or stderr as every command writes it: through a {@link TerminalWriter}, and colourless
 * until {@link Colour} has read {@code --color} and decided otherwise for this run.
 */
final class PaintedWriter extends java.io.PrintWriter implements Colours.Painted {
  private final TerminalWriter terminal;
  private volatile Ansi ansi = Ansi.OFF;

  PaintedWriter(Writer out) {
    this(new TerminalWriter(out));
  }

  private PaintedWriter(TerminalWriter terminal) {
    super(terminal, true);
    this.terminal = terminal;
  }

  @Override
  public Ansi ansi() {
    return ansi;
  }

  void colour(Ansi ansi) {
    this.ansi = ansi;
    terminal.colour(ansi.enabled());
  }
}

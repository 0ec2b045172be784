package dev.stratsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

/**
 * {@code --color=auto|always|never}: whether stdout carries colour (status words, the help's
 * option names). {@code auto} colours only a terminal, and never when {@code NO_COLOR} is set to
 * anything (https://no-color.org), so a pipe, a file or a CI log gets plain text; an explicit
 * {@code always} or {@code never} wins over both, as that convention asks.
 */
final class Colour {
  enum When { auto, always, never }

  private Colour() {}

  /** Whether to colour, from the option, whether stdout is a terminal, and {@code NO_COLOR}'s value. */
  static Ansi ansi(When when, boolean terminal, String noColor) {
    return switch (when) {
      case always -> Ansi.ON;
      case never -> Ansi.OFF;
      case auto -> terminal && (noColor == null || noColor.isEmpty()) ? Ansi.ON : Ansi.OFF;
    };
  }

  /** The {@code --color} given to the command run, or to any command above it; auto when none. */
  static When when(ParseResult parsed) {
    When when = When.auto;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--color")) {
        when = p.matchedOptionValue("--color", When.auto);
      }
    }
    return when;
  }

  /** Sets the colour of this run on both writers and on every command's help. */
  static void apply(CommandLine command, Ansi ansi) {
    if (command.getOut() instanceof PaintedWriter out) {
      out.colour(ansi);
    }
    command.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
  }
}

package dev.stratsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.ParseResult;

/**
 * {@code --color=auto|always|never}: whether stdout carries colour (status words, the help's
 * option names). {@code auto} colours only a terminal, never when {@code NO_COLOR} is set to a
 * non-empty value (https://no-color.org: an empty one does not count) and never when {@code
 * TERM=dumb} (a terminal that cannot show escape codes, as Emacs shells and some CI runners say);
 * so a pipe, a file or a CI log gets plain text. An explicit {@code always} or {@code never} wins
 * over all of these, as that convention asks.
 */
final class Colour {
  enum When { auto, always, never }

  private Colour() {}

  /** Whether to colour, from the option, whether stdout is a terminal, and the environment. */
  static Ansi ansi(When when, boolean terminal, java.util.Map<String, String> env) {
    return switch (when) {
      case always -> Ansi.ON;
      case never -> Ansi.OFF;
      case auto -> terminal && env.getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(env.get("TERM")) ? Ansi.ON : Ansi.OFF;
    };
  }

  /**
   * Whether stdout is a terminal. Not picocli's {@code Ansi.AUTO}: that also turns colour off for
   * an empty {@code NO_COLOR}, which the convention says must not count.
   */
  static boolean terminal() {
    return System.console() != null;
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

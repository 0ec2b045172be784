package dev.stratsim.expect;

import dev.stratsim.problem.DidYouMean;
import java.util.Collection;
import java.util.List;

/**
 * Help for a misspelt name in the expectation language, shared by the parser (functions) and
 * {@link Facts} (actors, ...): which names are close is {@link DidYouMean}'s decision, as
 * everywhere else; only the wording (in parentheses, up to three names, the known names when
 * there are few, the note on '-') is the language's own.
 */
final class Suggest {
  // Beyond this many names a full list stops helping and only the close ones are shown.
  private static final int LIST_AT_MOST = 8;

  static final String HYPHEN =
      "a '-' inside a name is part of it, put spaces around '-' to subtract";

  private Suggest() {}

  /**
   * A parenthesised hint to append to an "unknown ..." message, or "" when there is nothing
   * useful to say.
   */
  static String hint(String name, Collection<String> known) {
    // The usual cause of an unknown name with a hyphen is a subtraction written without spaces.
    String hyphen = name.contains("-") ? "; " + HYPHEN : "";
    List<String> close = close(name, known);
    if (!close.isEmpty()) {
      return " (did you mean " + quoted(close) + "?" + hyphen + ")";
    }
    if (!known.isEmpty() && known.size() <= LIST_AT_MOST) {
      return " (known: " + String.join(", ", known.stream().sorted().toList()) + hyphen + ")";
    }
    return hyphen.isEmpty() ? "" : " (" + HYPHEN + ")";
  }

  /** Names close to {@code name}, closest first, as {@link DidYouMean} finds them. */
  static List<String> close(String name, Collection<String> known) {
    return DidYouMean.close(name, known, 3);
  }

  private static String quoted(List<String> names) {
    return String.join(" or ", names.stream().map(n -> "'" + n + "'").toList());
  }
}

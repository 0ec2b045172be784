package dev.stratsim.expect;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Help for a misspelt name, shared by the parser (functions) and {@link Facts} (actors, ...). */
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

  /** Names within a few edits of {@code name}, closest first. */
  static List<String> close(String name, Collection<String> known) {
    // About one edit per three characters, but two from four characters on, so that a swapped
    // pair ("rnak") is caught; more would match unrelated short names.
    int limit = name.length() <= 3 ? 1 : Math.max(2, name.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    ToIntFunction<String> edits = k -> distance.apply(name.toLowerCase(), k.toLowerCase());
    return known.stream()
        .filter(k -> edits.applyAsInt(k) >= 0) // -1: more than limit edits apart
        .sorted(Comparator.comparingInt(edits).thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .toList();
  }

  private static String quoted(List<String> names) {
    return String.join(" or ", names.stream().map(n -> "'" + n + "'").toList());
  }
}

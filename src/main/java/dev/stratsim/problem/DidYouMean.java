package dev.stratsim.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the allowed word a typo was probably meant to be, and only when it is close. */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> suggest(String word, Collection<String> candidates) {
    String typed = normal(word);
    // Short words tolerate fewer edits, or every two-letter typo would match something.
    int limit = typed.length() <= 3 ? 1 : typed.length() <= 6 ? 2 : 3;
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(typed, normal(candidate));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "; did you mean 'x'?" or "; {otherwise}" when nothing is close. */
  public static String hint(String word, Collection<String> candidates, String otherwise) {
    return suggest(word, candidates).map(s -> "; did you mean '" + s + "'?")
        .orElse("; " + otherwise);
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('-', '_');
  }
}

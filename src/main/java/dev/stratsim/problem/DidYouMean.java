package dev.stratsim.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The one suggestion engine: which allowed names a typo was probably meant to be, and only when
 * they are close. Every place that suggests a name (scenario keys and values, knobs, metrics,
 * actors, functions of the expectation language, rule names, paths) asks this class, so one
 * distance and one threshold decide what "close" means everywhere.
 *
 * <p>The policy: names are compared ignoring case, with '-' and '_' taken as the same letter; the
 * distance is Levenshtein's (one insertion, deletion or substitution is one edit); a name of up to
 * three letters may be one edit away, up to six letters two, longer names three (short words
 * tolerate fewer edits, or every two-letter typo would match something). Of several close names
 * the nearest comes first, and names equally near in alphabetical order, so a suggestion does not
 * depend on the order of a map.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The nearest close name, if any. */
  public static Optional<String> suggest(String word, Collection<String> candidates) {
    return close(word, candidates, 1).stream().findFirst();
  }

  /** At most {@code max} close names, nearest first, each once. */
  public static List<String> close(String word, Collection<String> candidates, int max) {
    String typed = normal(word);
    LevenshteinDistance distance = new LevenshteinDistance(limit(typed));
    record Near(String name, int edits) {}
    return candidates.stream().distinct()
        .map(c -> new Near(c, distance.apply(typed, normal(c))))
        .filter(n -> n.edits() >= 0) // -1: more edits apart than the limit
        .sorted(Comparator.comparingInt(Near::edits).thenComparing(Near::name))
        .limit(max)
        .map(Near::name)
        .toList();
  }

  /** "; did you mean 'x'?" or "" when nothing is close. */
  public static String clause(String word, Collection<String> candidates) {
    return suggest(word, candidates).map(DidYouMean::clause).orElse("");
  }

  /** "; did you mean 'x'?" or "; {otherwise}" when nothing is close. */
  public static String hint(String word, Collection<String> candidates, String otherwise) {
    return suggest(word, candidates).map(DidYouMean::clause).orElse("; " + otherwise);
  }

  /** "; did you mean '{suggestion}'?": how every suggestion after a ';' is worded. */
  public static String clause(String suggestion) {
    return "; did you mean '" + suggestion + "'?";
  }

  /** How many edits a typed word may be from a name suggested for it. */
  static int limit(String typed) {
    return typed.length() <= 3 ? 1 : typed.length() <= 6 ? 2 : 3;
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('-', '_');
  }
}

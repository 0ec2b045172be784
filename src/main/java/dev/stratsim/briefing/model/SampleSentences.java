package dev.stratsim.briefing.model;

import java.util.List;

/**
 * What the samples add to the summary of the case they were drawn for: the spread of the focus
 * actor's index, how often it holds its central rank, and the input that moves it most. Each
 * sentence states numbers the "How sure we are" section shows.
 */
final class SampleSentences {
  private SampleSentences() {}

  static List<String> of(Uncertainty u, String who) {
    return of(u, who, path -> path);
  }

  /** @param label an input's name for people, from its path */
  static List<String> of(Uncertainty u, String who, java.util.function.UnaryOperator<String> label) {
    Uncertainty.Distribution d = u.index();
    String spread = "Over " + u.samples() + " samples of its " + u.inputs().size() + " uncertain input"
        + (u.inputs().size() == 1 ? "" : "s") + " (seed " + u.seed() + "), " + who + "'s index in " + u.year()
        + " has a median of " + Text.fixed1(d.p50()) + ", and 90% of the samples lie between " + Text.fixed1(d.p5())
        + " and " + Text.fixed1(d.p95()) + ".";
    return List.of(spread, ranks(u, who), tornado(u, who, label));
  }

  private static String ranks(Uncertainty u, String who) {
    int central = u.central().rank();
    int holding = u.atLeast(central);
    String place = central == 1 ? "leads" : "ranks " + Text.ordinal(central);
    String how = holding == u.samples() ? "in every sample" : "in " + share(holding, u.samples()) + " of the samples";
    String sentence = "With every input central " + who + " " + place + "; it " + place
        + (central == 1 ? " " : " or better ") + how;
    int likeliest = u.likeliestRank();
    if (likeliest != central) {
      sentence += ", and its likeliest rank is " + Text.ordinal(likeliest) + " ("
          + share(u.rankCounts().get(likeliest), u.samples()) + ")";
    }
    return sentence + ".";
  }

  private static String tornado(Uncertainty u, String who, java.util.function.UnaryOperator<String> label) {
    return u.tornado().stream().filter(s -> !Text.fixed1(s.atLow()).equals(Text.fixed1(s.atHigh()))).findFirst()
        .map(s -> "The uncertain input that moves " + who + "'s index most is " + label.apply(s.input()) + ": "
            + Text.fixed1(s.atLow()) + " at " + InputLabels.value(s.input(), s.lowAt()) + " and "
            + Text.fixed1(s.atHigh()) + " at " + InputLabels.value(s.input(), s.highAt())
            + ", the other inputs central.")
        .orElse("No uncertain input moves " + who + "'s index by 0.05 points or more on its own.");
  }

  private static String share(int count, int of) {
    return Text.percent1(count / (double) of);
  }
}

package dev.stratsim.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the samples add to the summary, and only what their numbers show. */
class SampleSentencesTest {

  private static Uncertainty uncertainty(int centralRank, Map<Integer, Integer> ranks, List<Uncertainty.Swing> tornado) {
    int samples = ranks.values().stream().mapToInt(Integer::intValue).sum();
    return new Uncertainty("deal", "acme", "", 2029, samples, 4, new Uncertainty.Central(70.04, centralRank),
        new Uncertainty.Distribution(69.5, 61.26, 66, 69.96, 72, 74.44, List.of()), new TreeMap<>(ranks),
        List.of(new Uncertainty.Input("deals[0].stake", "{dist: uniform, min: 0.2, max: 0.7}", "0.45")), tornado);
  }

  @Test
  void theSpreadTheCentralRankAndTheLikeliestRankAreStated() {
    Uncertainty u = uncertainty(2, Map.of(1, 10, 2, 30, 3, 60), List.of(
        new Uncertainty.Swing("deals[0].stake", "0.25", "0.65", 66.04, 73.96)));

    assertThat(SampleSentences.of(u, "Acme")).containsExactly(
        "Over 100 samples of its 1 uncertain input (seed 4), Acme's index in 2029 has a median of 70.0, and 90% of"
            + " the samples lie between 61.3 and 74.4.",
        "With every input central Acme ranks 2nd; it ranks 2nd or better in 40.0% of the samples, and its likeliest"
            + " rank is 3rd (60.0%).",
        "The uncertain input that moves Acme's index most is deals[0].stake: 66.0 at 0.25 and 74.0 at 0.65, the"
            + " other inputs central.");
  }

  @Test
  void aLeaderInEverySampleIsSaidToLeadInEverySample() {
    Uncertainty u = uncertainty(1, Map.of(1, 50, 2, 0), List.of(new Uncertainty.Swing("deals[0].stake", "0.25", "0.65",
        70.03, 70.05)));

    List<String> sentences = SampleSentences.of(u, "Acme");

    assertThat(sentences.get(1)).isEqualTo("With every input central Acme leads; it leads in every sample.");
    assertThat(sentences.get(2)).isEqualTo("No uncertain input moves Acme's index by 0.05 points or more on its own.");
  }
}

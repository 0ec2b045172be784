package dev.stratsim.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {
  private static final List<String> KEYS =
      List.of("title", "stake", "amount_usd", "supplier_switch_years", "id", "year");

  @ParameterizedTest
  @CsvSource(nullValues = "none", textBlock = """
      stke,                  stake
      titel,                 title
      Stake,                 stake
      amount-usd,            amount_usd
      supplier_switch_yeras, supplier_switch_years
      ix,                    id
      xy,                    none
      completely_different,  none
      """)
  void suggestsOnlyCloseWords(String typed, String expected) {
    assertThat(DidYouMean.suggest(typed, KEYS).orElse(null)).isEqualTo(expected);
  }

  @Test
  void listsCloseNamesNearestFirstAndEquallyNearOnesAlphabetically() {
    assertThat(DidYouMean.close("metta", List.of("metal-co", "meta", "beta", "zeta"), 3))
        .containsExactly("meta", "beta", "zeta");
    assertThat(DidYouMean.close("metta", List.of("zeta", "beta"), 1)).containsExactly("beta");
  }

  @Test
  void takesHyphenAndUnderscoreAsTheSameLetter() {
    assertThat(DidYouMean.close("scale_ai", List.of("scale-ai"), 3)).containsExactly("scale-ai");
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      abc,       1
      abcd,      2
      abcdef,    2
      abcdefg,   3
      abcdefghijklmnopqrstu, 3
      """)
  void allowsMoreEditsToLongerWordsUpToThree(String typed, int edits) {
    assertThat(DidYouMean.limit(typed)).isEqualTo(edits);
  }

  @Test
  void wordsEverySuggestionAlike() {
    assertThat(DidYouMean.hint("stke", KEYS, "allowed: ...")).isEqualTo("; did you mean 'stake'?");
    assertThat(DidYouMean.hint("zzz", KEYS, "allowed: ...")).isEqualTo("; allowed: ...");
    assertThat(DidYouMean.clause("zzz", KEYS)).isEmpty();
  }
}

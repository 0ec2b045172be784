package dev.stratsim.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}

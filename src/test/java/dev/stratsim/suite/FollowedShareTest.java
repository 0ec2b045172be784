package dev.stratsim.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summary line of what followed, and a percent that never reads as the wrong side of the minimum. */
class FollowedShareTest {

  @ParameterizedTest(name = "{0} of {1}, minimum {2}  ==>  {3}")
  @CsvSource(delimiter = '|', textBlock = """
      31  | 38  | 0.8   | true  | 82%
      4   | 5   | 0.8   | true  | 80%
      199 | 250 | 0.8   | false | 79.6%
      4   | 6   | 0.67  | false | 66.6%
      4   | 6   | 0.66  | true  | 67%
      161 | 200 | 0.805 | true  | 81%
      0   | 3   | 0     | true  | 0%
      3   | 3   | 1     | true  | 100%
      """)
  void showsTheShareHeldOnTheRightSideOfTheMinimum(int held, int total, double minimum, boolean meets,
      String percent) {
    FollowedShare share = new FollowedShare(held, total, null, minimum);

    assertThat(share.meets()).isEqualTo(meets);
    assertThat(share.percent()).isEqualTo(percent);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      31 | 38 | 19 | 0.8  | What followed: 31 of 38 held (82%), 19 of them only with the deals; at least 80% must hold
      3  | 4  | 2  | 0.8  | What followed: 3 of 4 held (75%), 2 of them only with the deals; below the minimum of 80%
      1  | 2  |    | 0.5  | What followed: 1 of 2 held (50%); at least 50% must hold
      2  | 3  | 0  | 0.75 | What followed: 2 of 3 held (67%), 0 of them only with the deals; below the minimum of 75%
      """)
  void saysHowManyHeldAndHowManyOnlyWithTheDeals(int held, int total, Integer onlyWithDeals, double minimum,
      String summary) {
    assertThat(new FollowedShare(held, total, onlyWithDeals, minimum).summary()).isEqualTo(summary);
  }
}

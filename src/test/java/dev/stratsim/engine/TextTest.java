package dev.stratsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest
  @CsvSource({"0.25, 0.2", "0.35, 0.4", "2.5, 2.5", "-0.04, 0", "-0.0, 0", "50, 50", "49.96, 50",
      "-12.34, -12.3", "14.3e9, 14300000000", "1e-20, 0", "0.05, 0", "0.15, 0.2", "Infinity, Infinity"})
  void numRoundsToOneDecimalHalfEven(double value, String expected) {
    assertThat(Text.num(value)).isEqualTo(expected);
  }

  /** Text.num skips BigDecimal where it can; it must say exactly what BigDecimal says. */
  @ParameterizedTest
  @ValueSource(doubles = {1e-3, 1, 100, 1e4, 1e6, 1e8, 1e12})
  void numAgreesWithDecimalRoundingAtEveryScale(double scale) {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 20_000; i++) {
      double value = (random.nextDouble() * 2 - 1) * scale;
      if (i % 4 == 0) {
        value = Math.round(value * 100) / 100.0;  // two decimals: many exact halfway cases
      }
      assertThat(Text.num(value)).as("%s", value).isEqualTo(decimal(value));
    }
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}

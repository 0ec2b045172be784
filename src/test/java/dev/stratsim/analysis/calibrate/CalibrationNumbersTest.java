package dev.stratsim.analysis.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.output.calibrate.CalibrationFormat;

import org.junit.jupiter.api.Test;

/** calibrate writes its numbers as numbers.Decimals does: half to even on the shortest form. */
class CalibrationNumbersTest {

  @Test
  void aScoreOrACreditOnAHalfRoundsToEven() {
    assertThat(CalibrationFormat.score(0.0625)).isEqualTo("0.062");
    assertThat(CalibrationFormat.score(0.0635)).isEqualTo("0.064");
    assertThat(CalibrationFormat.score(-0.0001)).isEqualTo("0.000");
    assertThat(CalibrationFormat.drop(0.125)).isEqualTo("0.12");
    assertThat(CalibrationFormat.drop(2.375)).isEqualTo("2.38");
    assertThat(CalibrationFormat.drop(1)).isEqualTo("1.00");
  }

  @Test
  void shownKeepsSixSignificantDigitsHalfToEven() {
    assertThat(Calibration.shown(0.1234565)).isEqualTo(0.123456);
    assertThat(Calibration.shown(0.1234575)).isEqualTo(0.123458);
    assertThat(Calibration.shown(12.5)).isEqualTo(12.5);
    assertThat(Calibration.shown(Double.NaN)).isNaN();
  }

  @Test
  void aNumberAsAPersonWritesIt() {
    assertThat(CalibrationFormat.num(3.0)).isEqualTo("3");
    assertThat(CalibrationFormat.num(0.15)).isEqualTo("0.15");
    assertThat(CalibrationFormat.num(1.5e-7)).isEqualTo("0.00000015");
  }
}

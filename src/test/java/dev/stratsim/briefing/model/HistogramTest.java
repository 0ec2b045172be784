package dev.stratsim.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bins of round width that hold every sample once, at most {@link Histogram#BINS} of them. */
class HistogramTest {

  @ParameterizedTest(name = "{0}..{1}")
  @CsvSource({"74.2, 81.9", "0, 0.01", "79.6, 79.6", "-3, 250", "0.1, 0.3", "60, 100"})
  void everySampleFallsInExactlyOneRoundBin(double min, double max) {
    SplittableRandom random = new SplittableRandom(5);
    double[] values = new double[500];
    for (int i = 0; i < values.length; i++) {
      values[i] = i < 2 ? (i == 0 ? min : max) : min + (max - min) * random.nextDouble();
    }

    List<Uncertainty.Bin> bins = Histogram.of(values.length, i -> values[i]);

    assertThat(bins).isNotEmpty().hasSizeLessThanOrEqualTo(Histogram.BINS);
    assertThat(bins.stream().mapToLong(Uncertainty.Bin::count).sum()).isEqualTo(values.length);
    double width = bins.get(0).to() - bins.get(0).from();
    assertThat(width / Math.pow(10, Math.floor(Math.log10(width)))).isCloseTo(
        Math.round(width / Math.pow(10, Math.floor(Math.log10(width)))), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(bins.get(0).from()).isLessThanOrEqualTo(min);
    assertThat(bins.get(bins.size() - 1).to()).isGreaterThan(max);
    for (int k = 0; k < bins.size(); k++) {
      Uncertainty.Bin bin = bins.get(k);
      long inside = java.util.Arrays.stream(values).filter(v -> v >= bin.from() && v < bin.to()).count();
      assertThat(bin.count()).as("bin " + bin).isEqualTo(inside);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"74.7", "80.0", "0.3", "79.6"})
  void aValueOnAnEdgeBelongsToTheBinItStarts(double edge) {
    // A range of 1 makes bins of 0.1, whose edges include these values.
    double[] values = {edge - 0.5, edge, edge + 0.5};

    List<Uncertainty.Bin> bins = Histogram.of(values.length, i -> values[i]);

    Uncertainty.Bin holding = bins.stream().filter(b -> b.from() == edge).findFirst().orElseThrow();
    assertThat(holding.count()).isEqualTo(1);
  }
}

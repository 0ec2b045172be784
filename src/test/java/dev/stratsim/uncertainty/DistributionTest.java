package dev.stratsim.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Draws match each distribution's known moments, and central values are as documented. */
class DistributionTest {
  private static final int DRAWS = 50_000;

  static Distribution parse(String text) {
    YamlDocument doc = YamlReader.readValue(text, "test");
    Checker checker = new Checker(doc);
    Distribution d = new DistributionReader(checker).read("x", (ObjectNode) doc.root()).orElse(null);
    assertThat(checker.problems()).isEmpty();
    return d;
  }

  static Stream<Arguments> moments() {
    double lnMean = 10;
    double lnSd = 4;
    // Beta(2, 5) on 10..20: mean 10 + 10 * 2/7, variance 100 * 10 / (49 * 8).
    return Stream.of(
        arguments("{dist: uniform, min: 2, max: 8}", 5.0, 36.0 / 12),
        arguments("{dist: triangular, min: 0, mode: 1, max: 5}", 2.0,
            (0 + 1 + 25 - 0 - 0 - 5) / 18.0),
        // PERT(0, 1, 5) is Beta(1.8, 4.2) on 0..5: mean (0 + 4 + 5) / 6, variance 25 * 1.8 * 4.2 / (36 * 7).
        arguments("{dist: pert, min: 0, mode: 1, max: 5}", 1.5, 25 * 1.8 * 4.2 / (36 * 7)),
        arguments("{dist: normal, mean: 3, sd: 0.5}", 3.0, 0.25),
        arguments("{dist: lognormal, mean: 10, sd: 4}", lnMean, lnSd * lnSd),
        arguments("{dist: beta, alpha: 2, beta: 5, min: 10, max: 20}", 10 + 20.0 / 7,
            100 * 10.0 / (49 * 8)),
        // A standard normal cut at 0 is the half-normal: mean sqrt(2/pi), variance 1 - 2/pi.
        arguments("{dist: normal, mean: 0, sd: 1, min: 0}", Math.sqrt(2 / Math.PI),
            1 - 2 / Math.PI));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moments")
  void drawsHaveTheKnownMeanAndVariance(String text, double mean, double variance) {
    Numeric d = (Numeric) parse(text);
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < DRAWS; i++) {
      double x = d.at(Seeds.uniform(Seeds.sample(7, i))).doubleValue();
      assertThat(x).isBetween(d.min(), d.max());
      sum += x;
      sumSq += x * x;
    }
    double m = sum / DRAWS;
    double v = sumSq / DRAWS - m * m;
    double sd = Math.sqrt(variance);
    assertThat(m).isCloseTo(mean, within(5 * sd / Math.sqrt(DRAWS)));
    assertThat(v).isCloseTo(variance, within(0.03 * variance));
  }

  @Test
  void aChoiceIsDrawnInProportionToItsWeights() {
    Choice d = (Choice) parse("{dist: choice, values: {closed: 0.55, renegotiated: 0.2,"
        + " collapsed: 0.15, blocked: 0.1}}");
    Map<String, Integer> counts = new LinkedHashMap<>();
    UniformRandomProvider rng = Seeds.sample(3, 0);
    for (int i = 0; i < DRAWS; i++) {
      counts.merge(d.at(Seeds.uniform(rng)).asText(), 1, Integer::sum);
    }
    d.options().forEach(o -> assertThat(counts.get(o.label()) / (double) DRAWS)
        .as(o.label()).isCloseTo(o.weight(), within(0.01)));
  }

  @Test
  void centralValuesAreTheMedianOrTheMostLikelyValue() {
    assertThat(parse("{dist: uniform, min: 2, max: 8}").central().doubleValue()).isEqualTo(5);
    assertThat(parse("{dist: normal, mean: 3, sd: 2, min: 0, max: 6}").central().doubleValue())
        .isCloseTo(3, within(1e-9));
    // The median of a triangle leaning right lies between its mode and its mean.
    assertThat(parse("{dist: triangular, min: 0, mode: 1, max: 5}").central().doubleValue())
        .isCloseTo(5 - Math.sqrt(10), within(1e-9));
    assertThat(parse("{dist: choice, values: {a: 0.3, b: 0.4, c: 0.3}}").central().asText())
        .isEqualTo("b");
    assertThat(parse("{dist: choice, values: {a: 0.5, b: 0.5}}").central().asText()).isEqualTo("a");
  }

  @Test
  void choiceLabelsAreReadAsTheValuesTheySpell() {
    Choice d = (Choice) parse("{dist: choice, values: {2025: 0.5, true: 0.25, closed: 0.25}}");
    assertThat(d.options()).extracting(o -> o.value().getNodeType().name())
        .containsExactly("NUMBER", "BOOLEAN", "STRING");
  }

  @Test
  void aNumericChoiceHasPercentiles() {
    Choice d = (Choice) parse("{dist: choice, values: {4: 0.2, 1: 0.3, 2: 0.5}}");
    assertThat(d.numeric()).isTrue();
    assertThat(d.quantile(0.1).doubleValue()).isEqualTo(1);
    assertThat(d.quantile(0.5).doubleValue()).isEqualTo(2);
    assertThat(d.quantile(0.9).doubleValue()).isEqualTo(4);
  }

  @Test
  void eachSampleHasItsOwnReproducibleStream() {
    double a = Seeds.uniform(Seeds.sample(42, 17));
    assertThat(Seeds.uniform(Seeds.sample(42, 17))).isEqualTo(a);
    assertThat(Seeds.uniform(Seeds.sample(42, 18))).isNotEqualTo(a);
    assertThat(Seeds.uniform(Seeds.sample(43, 17))).isNotEqualTo(a);
  }
}

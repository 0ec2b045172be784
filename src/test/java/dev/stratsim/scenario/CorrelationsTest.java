package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stratsim.uncertainty.Design;
import dev.stratsim.uncertainty.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code correlations:} as the scenario writes them: what the draws do, and each mistake's one line. */
class CorrelationsTest {
  private static final String SCENARIO = ScenarioTexts.META_BUYS_SCALE_AI + """
          stake: {dist: pert, min: 0.2, mode: 0.49, max: 0.6}
          outcome: {dist: choice, values: {closed: 0.7, blocked: 0.3}}
      assumptions:
        supplier_switch_years: {value: {dist: triangular, min: 0.5, mode: 2, max: 3.5}, source: judgement}
        synthetic_data_substitution: {dist: uniform, min: 0.05, max: 0.35}
      correlations:
      %s
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void drawnValuesHaveTheRankCorrelationAskedFor(Sampling sampling) throws IOException {
    ScenarioTemplate template = template("""
          - {between: ['deals[0].stake', assumptions.supplier_switch_years], rank: -0.6, source: "judgement: ..."}
          - between: ['deals[0].stake', assumptions.synthetic_data_substitution.value]
            rank: 0.4
        """);
    int n = 1000;
    Design design = template.design(sampling, 3, n, n);
    double[][] values = IntStream.range(0, n).mapToObj(i -> template.draws(design, i).stream()
        .filter(e -> e.value().isNumber()).mapToDouble(e -> e.value().doubleValue()).toArray())
        .toArray(double[][]::new);
    // Numbers in draw order: stake, supplier_switch_years, synthetic_data_substitution.
    assertThat(spearman(values, 0, 1)).isCloseTo(-0.6, within(0.1));
    assertThat(spearman(values, 0, 2)).isCloseTo(0.4, within(0.1));
  }

  @ParameterizedTest
  @EnumSource(Sampling.class)
  void withoutCorrelationsTheDrawsStayNearZero(Sampling sampling) throws IOException {
    ScenarioTemplate template = template("  []");
    int n = 1000;
    Design design = template.design(sampling, 3, n, n);
    double[][] values = IntStream.range(0, n).mapToObj(i -> template.draws(design, i).stream()
        .filter(e -> e.value().isNumber()).mapToDouble(e -> e.value().doubleValue()).toArray())
        .toArray(double[][]::new);
    assertThat(spearman(values, 0, 1)).isCloseTo(0, within(0.1));
    assertThat(spearman(values, 1, 2)).isCloseTo(0, within(0.1));
  }

  @org.junit.jupiter.api.Test
  void aPairWhoseInputSetFixesNoLongerApplies() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO.formatted("""
          - {between: ['deals[0].stake', assumptions.supplier_switch_years], rank: -0.6}
          - {between: ['deals[0].outcome', assumptions.synthetic_data_substitution], rank: 0.3}
        """));

    ScenarioTemplate template = new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).template(file,
        List.of("deals[0].stake=0.3"));

    assertThat(template.correlation().pairs()).hasSize(1);
    assertThat(template.inputs().get(template.correlation().pairs().get(0).first()).path())
        .isEqualTo("deals[0].outcome");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        arguments("  - {between: ['deals[0].stak', assumptions.supplier_switch_years], rank: 0.5}",
            "17:16: correlations[0].between[0]: 'deals[0].stak' is not a distribution of this scenario;"
                + " did you mean 'deals[0].stake'?"),
        arguments("  - {between: ['deals[0].amount_usd', 'deals[0].stake'], rank: 0.5}",
            "17:16: correlations[0].between[0]: 'deals[0].amount_usd' is not a distribution of this scenario;"
                + " it has deals[0].stake, deals[0].outcome, assumptions.supplier_switch_years.value,"
                + " assumptions.synthetic_data_substitution"),
        arguments("  - {between: ['deals[0].stake', 'deals[0].outcome'], rank: 1.5}",
            "17:61: correlations[0].rank must be a number between -1 and 1, not 1.5"),
        arguments("  - {between: ['deals[0].stake', 'deals[0].stake'], rank: 0.5}",
            "17:15: correlations[0].between names deals[0].stake twice; an input always goes with itself"),
        arguments("  - {between: ['deals[0].stake'], rank: 0.5}",
            "17:15: correlations[0].between names one input; name exactly two"),
        arguments("  - {between: ['deals[0].stake', 'deals[0].outcome'], rank: 0.5}\n"
            + "  - {between: ['deals[0].outcome', 'deals[0].stake'], rank: 0.2}",
            "18:5: correlations[1] correlates deals[0].outcome and deals[0].stake again, as correlations[0] does;"
                + " give each pair once"),
        arguments("  - {between: ['deals[0].stake', 'deals[0].outcome'], rank: 0.9}\n"
            + "  - {between: ['deals[0].outcome', assumptions.synthetic_data_substitution], rank: 0.9}\n"
            + "  - {between: ['deals[0].stake', assumptions.synthetic_data_substitution], rank: -0.9}",
            "17:3: correlations: these coefficients cannot all hold at once (their matrix is not positive"
                + " semi-definite: smallest eigenvalue -0.8); weaken some of them, e.g. two inputs that both go"
                + " with a third cannot go against each other strongly"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("mistakes")
  void eachMistakeIsOneLineWithItsPlace(String correlations, String expected) throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO.formatted(correlations));

    assertThat(ScenarioTexts.templateProblems(file)).containsExactly(expected);
  }

  private ScenarioTemplate template(String correlations) throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO.formatted(correlations));
    return new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).template(file, List.of());
  }

  private static double spearman(double[][] values, int a, int b) {
    return new SpearmansCorrelation().correlation(column(values, a), column(values, b));
  }

  private static double[] column(double[][] values, int j) {
    return IntStream.range(0, values.length).mapToDouble(i -> values[i][j]).toArray();
  }
}

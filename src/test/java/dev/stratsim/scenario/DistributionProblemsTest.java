package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad distribution gets one problem, with its line and column, saying what to do. */
class DistributionProblemsTest {
  private static final String SCENARIO = ScenarioTexts.META_BUYS_SCALE_AI + """
          stake: %s
          outcome: %s
      """;

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("{dist: unifrom, min: 0.1, max: 0.5}", "closed", List.of(
            "11:19: unknown distribution 'unifrom' at deals[0].stake; did you mean 'uniform'?")),
        arguments("{dist: gamma, shape: 2}", "closed", List.of(
            "11:19: unknown distribution 'gamma' at deals[0].stake; use one of uniform,"
                + " triangular, pert, normal, lognormal, beta, choice")),
        arguments("{dist: uniform, min: 0.6, max: 0.4}", "closed", List.of(
            "11:12: deals[0].stake: min (0.6) must be below max (0.4)")),
        arguments("{dist: normal, mean: 0.5, sd: -0.1, min: 0, max: 1}", "closed", List.of(
            "11:42: deals[0].stake.sd must be above 0, not -0.1")),
        arguments("{dist: triangular, min: 0.1, mode: 0.9, max: 0.5}", "closed", List.of(
            "11:12: deals[0].stake: mode (0.9) must lie between min (0.1) and max (0.5)")),
        arguments("{dist: pert, min: 0.1, mode: 0.05, max: 0.5}", "closed", List.of(
            "11:12: deals[0].stake: mode (0.05) must lie between min (0.1) and max (0.5)")),
        arguments("{dist: pert, min: 0.5, mode: 0.5, max: 0.5}", "closed", List.of(
            "11:12: deals[0].stake: min (0.5) must be below max (0.5)")),
        arguments("{dist: pert, min: 0.1, max: 0.5}", "closed", List.of(
            "11:12: deals[0].stake.mode is required: a number")),
        arguments("{dist: uniform, min: 0.1, mx: 0.5}", "closed", List.of(
            "11:12: deals[0].stake.max is required: a number",
            "11:38: unknown key 'mx' in deals[0].stake; did you mean 'max'?")),
        arguments("{dist: normal, mean: 0.5, sd: 0.1}", "closed", List.of(
            "11:12: deals[0].stake must be a number between 0 and 1, but {dist: normal, mean:"
                + " 0.5, sd: 0.1} takes values from -.inf to .inf; bound it with min: and max:"
                + " inside that range so every sample is valid")),
        arguments("{dist: uniform, min: 0.5, max: 1.5}", "closed", List.of(
            "11:12: deals[0].stake must be a number between 0 and 1, but {dist: uniform, min:"
                + " 0.5, max: 1.5} takes values from 0.5 to 1.5; bound it with min: and max:"
                + " inside that range so every sample is valid")),
        arguments("0.49", "{dist: choice, values: {closed: 0.5, blocked: 0.3}}", List.of(
            "12:37: deals[0].outcome.values has probabilities that add up to 0.8; they must add"
                + " up to 1")),
        arguments("0.49", "{dist: choice, values: {closed: 0.5, clsoed: 0.5}}", List.of(
            "12:51: deals[0].outcome must be one of closed, renegotiated, collapsed, blocked,"
                + " pending, abandoned, not 'clsoed'; did you mean 'closed'?")),
        arguments("0.49", "{dist: uniform, min: 0, max: 1}", List.of(
            "12:14: deals[0].outcome takes one of closed, renegotiated, collapsed, blocked,"
                + " pending, abandoned, so it can vary only as a choice, e.g. {dist: choice, values: {A:"
                + " 0.6, B: 0.4}}")),
        arguments("0.49\n    talent: {dist: choice, values: {leadership: 1}}", "closed", List.of(
            "12:13: deals[0].talent cannot be a distribution; only the numbers and choices of"
                + " actors, relations, deals, assumptions and weights can vary")));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @MethodSource("cases")
  void reportsExactlyTheseProblems(String stake, String outcome, List<String> expected)
      throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO.formatted(stake, outcome));

    assertThat(ScenarioTexts.problems(file)).containsExactlyElementsOf(expected);
  }
}

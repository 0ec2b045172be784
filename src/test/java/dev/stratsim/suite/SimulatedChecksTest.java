package dev.stratsim.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code expect_simulated:} on the tiny rules, where each year adds 1 to every actor's data and the
 * index is the plain average of the pillars. In simulated.yaml Acme's index in 2026 is (d + 2 + 85
 * + 85) / 3 for a drawn data d, Globex's (82 + 80 + 85) / 3, so Acme leads exactly when d >= 75
 * (a tie goes to the name first in the alphabet).
 */
class SimulatedChecksTest {
  static final Path SIMULATED = Path.of("src/test/resources/ci/scenarios/simulated.yaml");
  static RuleSet rules;
  static ScenarioTemplate template;

  @BeforeAll
  static void load() {
    rules = RuleSet.load(Path.of("src/test/resources/ci/rules-tiny"));
    template = new ScenarioLoader(rules.vocabulary()).template(SIMULATED, List.of());
  }

  /** Acme's data as sample {@code i} of seed 7 draws it. */
  private static double drawn(int i) {
    return template.sample(7, i).actors().get("acme").metrics().get("data");
  }

  private static List<CaseResult> simulated(int threads) {
    CheckReport report = CheckSuite.run(rules, List.of(template), false, OptionalDouble.empty(), threads);
    return report.scenarios().get(0).cases().stream().filter(c -> c.kind().equals("expect_simulated")).toList();
  }

  @Test
  void eachCheckIsEvaluatedOverTheSeededSamples() {
    long leads = IntStream.range(0, 200).filter(i -> drawn(i) >= 75).count();
    double meanData = IntStream.range(0, 200).mapToDouble(i -> drawn(i) + 2).sum() / 200;

    List<CaseResult> cases = simulated(2);

    assertThat(cases).extracting(CaseResult::status).containsExactly(CaseResult.Status.PASSED,
        CaseResult.Status.PASSED, CaseResult.Status.FAILED);
    assertThat(cases.get(0).detail()).isEqualTo("P(acme.rank@2026 == 1) >= 0.4: P(acme.rank@2026 == 1) was "
        + brief(leads / 200.0) + " (200 samples, seed 7)");
    assertThat(cases.get(2).detail()).isEqualTo("mean(acme.data@2026) >= 80: mean(acme.data@2026) was "
        + brief(meanData) + " (200 samples, seed 7)");
    assertThat(cases.get(2).location()).isEqualTo(SIMULATED + ":14:7");
  }

  @Test
  void theResultsDoNotDependOnTheThreadCount() {
    assertThat(simulated(1)).isEqualTo(simulated(3));
  }

  @Test
  void aValueThatCannotBeReadInASampleIsInvalidInputAtItsCheck(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("zero.yaml"), """
        title: Acme's hardware less 85 is 0, so the check divides by 0
        period: { start: 2025, end: 2026 }
        actors:
          acme: { name: Acme, role: carmaker, data: { dist: uniform, min: 60, max: 90 }, hardware: 85, algorithms: 85 }
        expect_simulated:
          samples: 10
          seed: 7
          checks:
            - P50(acme.data) > 0
            - P(acme.data / (acme.hardware - 85) > 1) >= 0.5
        """);
    ScenarioTemplate zero = new ScenarioLoader(rules.vocabulary()).template(file, List.of());

    assertThatThrownBy(() -> CheckSuite.run(rules, List.of(zero), false, OptionalDouble.empty(), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ":10:7: expect_simulated.checks[1] (\"P(acme.data / (acme.hardware - 85) > 1) >= 0.5\"):"
            + " division by zero in 'acme.data / (acme.hardware - 85)': 'acme.hardware - 85' is 0 in sample 0"
            + " (seed 7); make every sample readable, e.g. guard a division with 'and'");
  }

  @Test
  void effectAndNodealReadEachSampleWithoutItsDeals(@TempDir Path dir) throws IOException {
    // The tiny rules do not read deals, so each sample without its deal projects as with it.
    Path file = Files.writeString(dir.resolve("deal.yaml"), """
        title: A deal the tiny rules ignore
        period: { start: 2025, end: 2026 }
        actors:
          acme:   { name: Acme, role: carmaker, data: { dist: uniform, min: 60, max: 90 }, hardware: 85, algorithms: 85 }
          globex: { name: Globex, role: carmaker, data: 80, hardware: 80, algorithms: 85 }
        deals:
          - { year: 2025, acquirer: acme, target: globex, amount_usd: 1e9, stake: 0.1, outcome: closed }
        expect_simulated:
          samples: 20
          seed: 7
          checks:
            - P(effect(acme.data@2026) == 0) == 1
            - P50(nodeal(acme.data@2026 - acme.data@start)) == 2
            - P(nodeal(acme.rank == 1) == (acme.rank == 1)) == 1
        """);
    ScenarioTemplate deal = new ScenarioLoader(rules.vocabulary()).template(file, List.of());

    List<CaseResult> cases = CheckSuite.run(rules, List.of(deal), false, OptionalDouble.empty(), 2)
        .scenarios().get(0).cases();

    assertThat(cases).extracting(CaseResult::status).containsOnly(CaseResult.Status.PASSED).hasSize(3);
  }

  /** As reports show a value: at most two decimals. */
  private static String brief(double value) {
    return dev.stratsim.numbers.Decimals.upTo(value, 2);
  }
}

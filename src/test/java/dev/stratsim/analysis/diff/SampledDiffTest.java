package dev.stratsim.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code diff --samples} on the rule change of {@link RulesDiffTest}, with Initech's data d drawn
 * from 55..95. Worked out by hand from the rules, in 2026: Acme's index is 211/3 under the base
 * rules and 213/3 under the current ones whatever d is; Initech's is (d + 150) / 3 under the base
 * (two lab gains of 3) and (d + 146) / 3 under the current, plus 6 when it leads on data (d > 80),
 * when Globex loses its 6 points of algorithms. So Initech is second ahead of Acme when d > 61
 * under the base rules, when d > 67 under the current ones, and the two swap places in between.
 */
class SampledDiffTest {
  static final Path DIR = Path.of("src/test/resources/ci/diff");
  static final Path UNCERTAIN = DIR.resolve("uncertain/race-uncertain.yaml");
  static final int SAMPLES = 200;
  static final long SEED = 3;

  static RuleSide base;
  static RuleSide current;
  static double[] drawn;

  @BeforeAll
  static void load() {
    base = Sides.baseFromFolder(DIR.resolve("base"));
    current = Sides.current(DIR.resolve("current"));
    ScenarioTemplate template = new ScenarioLoader(current.rules().vocabulary()).template(UNCERTAIN, List.of());
    drawn = IntStream.range(0, SAMPLES)
        .mapToDouble(i -> template.sample(SEED, i).actors().get("initech").metrics().get("data")).toArray();
  }

  private static SampledDiff sampled(RuleSide was, double tolerance, int threads) {
    DiffReport report = RulesDiff.compare(was, current, List.of(UNCERTAIN), tolerance,
        Optional.of(new Simulation.Settings(SAMPLES, SEED, threads)));
    return report.compared().get(0).sampled().orElseThrow();
  }

  private static double share(DoublePredicate data) {
    return IntStream.range(0, SAMPLES).filter(i -> data.test(drawn[i])).count() / (double) SAMPLES;
  }

  private static double mean(DoubleUnaryOperator indexOfData) {
    return IntStream.range(0, SAMPLES).mapToDouble(i -> indexOfData.applyAsDouble(drawn[i])).sum() / SAMPLES;
  }

  @Test
  void theRankSharesAndMeanIndexMoveAsTheRuleChangeMovesThemOnTheSameDraws() {
    SampledDiff diff = sampled(base, 0.05, 2);

    assertThat(diff.samples()).isEqualTo(SAMPLES);
    assertThat(diff.seed()).isEqualTo(SEED);
    assertThat(diff.year()).isEqualTo(2026);
    assertThat(diff.actors()).extracting(SampledDiff.Actor::actor).containsExactly("acme", "globex", "initech");
    int swapped = (int) Math.round(share(d -> d > 61 && d <= 67) * SAMPLES);
    assertThat(swapped).isPositive();

    SampledDiff.Actor acme = diff.actors().get(0);
    assertThat(acme.baseMeanIndex()).isCloseTo(211.0 / 3, within(1e-9));
    assertThat(acme.currentMeanIndex()).isCloseTo(213.0 / 3, within(1e-9));
    assertThat(acme.ranks()).containsExactly(
        new SampledDiff.RankShare(2, share(d -> d <= 61), share(d -> d <= 67)),
        new SampledDiff.RankShare(3, share(d -> d > 61), share(d -> d > 67)));
    assertThat(acme.rankChanged()).isEqualTo(swapped);

    SampledDiff.Actor globex = diff.actors().get(1);
    assertThat(globex.baseMeanIndex()).isCloseTo(83, within(1e-9));
    assertThat(globex.currentMeanIndex()).isCloseTo(mean(d -> d > 80 ? 251.0 / 3 : 257.0 / 3), within(1e-9));
    assertThat(globex.ranks()).containsExactly(new SampledDiff.RankShare(1, 1, 1));
    assertThat(globex.changedRanks()).isEmpty();
    assertThat(globex.rankChanged()).isZero();

    SampledDiff.Actor initech = diff.actors().get(2);
    assertThat(initech.baseMeanIndex()).isCloseTo(mean(d -> (d + 150) / 3), within(1e-9));
    assertThat(initech.currentMeanIndex()).isCloseTo(mean(d -> (d + (d > 80 ? 152 : 146)) / 3), within(1e-9));
    assertThat(initech.ranks()).containsExactly(
        new SampledDiff.RankShare(2, share(d -> d > 61), share(d -> d > 67)),
        new SampledDiff.RankShare(3, share(d -> d <= 61), share(d -> d <= 67)));
    assertThat(initech.rankChanged()).isEqualTo(swapped);
  }

  @Test
  void theCentralRunAloneShowsNoRankChangeThatTheSamplesShow() {
    DiffReport central = RulesDiff.compare(base, current, List.of(UNCERTAIN), 0.05);
    DiffReport sampled = RulesDiff.compare(base, current, List.of(UNCERTAIN), 0.05,
        Optional.of(new Simulation.Settings(SAMPLES, SEED, 2)));

    assertThat(central.compared().get(0).sampled()).isEmpty();
    assertThat(central.triggers(DiffReport.FailOn.RANK)).isFalse();
    assertThat(sampled.triggers(DiffReport.FailOn.RANK)).isTrue();
  }

  @Test
  void theToleranceLeavesOutMeanIndexMovesButNotRankChanges() {
    // Globex's mean index moves by less than 2 points and its rank never changes.
    assertThat(sampled(base, 2.5, 2).actors()).extracting(SampledDiff.Actor::actor)
        .containsExactly("acme", "initech");
  }

  @Test
  void theSameSeedGivesTheSameDiffWhateverTheThreadCount() {
    assertThat(sampled(base, 0.05, 1)).isEqualTo(sampled(base, 0.05, 3));
  }

  @Test
  void theSameRulesOnBothSidesMoveNothingInAnySample() {
    DiffReport same = RulesDiff.compare(current, current, List.of(UNCERTAIN), 0.05,
        Optional.of(new Simulation.Settings(SAMPLES, SEED, 2)));

    assertThat(same.compared().get(0).sampled()).hasValueSatisfying(s -> assertThat(s.actors()).isEmpty());
    assertThat(same.compared().get(0).changed()).isFalse();
  }

  @Test
  void aScenarioWithoutDistributionsIsComparedOnItsCentralRunOnly() {
    DiffReport report = RulesDiff.compare(base, current, List.of(DIR.resolve("scenarios/race.yaml")), 0.05,
        Optional.of(new Simulation.Settings(SAMPLES, SEED, 2)));

    assertThat(report.compared().get(0).sampled()).isEmpty();
  }
}

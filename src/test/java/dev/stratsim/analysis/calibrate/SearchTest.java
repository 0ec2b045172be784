package dev.stratsim.analysis.calibrate;

import dev.stratsim.output.calibrate.CalibrationJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.Scenarios;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scoring a generation's candidates in parallel by replaying the optimiser must not change what
 * it does: the points it asks for are those a plain, one-at-a-time run of Hipparchus' CMA-ES with
 * the same seed asks for, in the same order, whatever the thread count.
 */
class SearchTest {
  static final Path RULES = Path.of("src/test/resources/calibrate/rules");
  static final Path SUITE = Path.of("src/test/resources/calibrate/suite");
  static final int BUDGET = 60;

  @Test
  void theReplayAsksForExactlyThePointsOfAPlainRun() {
    RuleSet rules = RuleSet.load(RULES);
    Suite suite = Suite.load(rules, List.of(SUITE), Scenarios.find(List.of(SUITE)));
    List<FitKnob> knobs = KnobSelection.resolve(rules, List.of());
    SuiteRun run = new SuiteRun(new Simulator(rules), rules.vocabulary(), suite, knobs);
    double[] start = knobs.stream().mapToDouble(FitKnob::start).toArray();

    Search replayed = new Search(run, run.all(), new Workers(2, Progress.NONE, StopSignal.manual()), start);
    replayed.fit(11, BUDGET);

    // The same optimiser called one point at a time, as Hipparchus means it to be.
    Set<String> asked = new LinkedHashSet<>();
    double[] x0 = new double[knobs.size()];
    for (int k = 0; k < x0.length; k++) {
      x0[k] = knobs.get(k).toUnit(start[k]);
    }
    Search scorer = new Search(run, run.all(), new Workers(1, Progress.NONE, StopSignal.manual()), start);
    Search.optimizer(Search.restartSeed(11, 0)).optimize(Search.settings(x -> {
      double[] values = new double[x.length];
      for (int k = 0; k < x.length; k++) {
        values[k] = knobs.get(k).fromUnit(x[k]);
      }
      run.named(values);
      asked.add(java.util.Arrays.toString(values));
      Score score = run.score(values.clone(), run.all());
      return -(score.value() - scorer.pullOf(values) / score.total());
    }, x0, BUDGET, Search.population(knobs.size())));

    List<String> replayedPoints = new ArrayList<>();
    replayed.points().forEach(p -> replayedPoints.add(java.util.Arrays.toString(p.values())));
    assertThat(replayedPoints.subList(0, asked.size())).containsExactlyElementsOf(asked);
  }

  @Test
  void theResultDoesNotDependOnTheThreadCount() {
    RuleSet rules = RuleSet.load(RULES);
    Suite suite = Suite.load(rules, List.of(SUITE), Scenarios.find(List.of(SUITE)));
    List<FitKnob> knobs = KnobSelection.resolve(rules, List.of());
    String one = CalibrationJson.text(new Calibration(rules).run(suite, knobs,
        new Calibration.Settings(5, 40, true, 1), Progress.NONE, StopSignal.manual()));
    String three = CalibrationJson.text(new Calibration(rules).run(suite, knobs,
        new Calibration.Settings(5, 40, true, 3), Progress.NONE, StopSignal.manual()));

    assertThat(three).isEqualTo(one);
  }
}

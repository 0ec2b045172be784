package dev.stratsim.analysis.calibrate;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.evaluation.ProjectionFacts;
import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.model.KnobDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a suite's scenarios with given knob values and scores their checks. One evaluation runs
 * each case once (and without its deals when a check reads {@code effect} or {@code nodeal}),
 * through the same simulator and expectation evaluator as {@code check}. Thread-safe: one
 * instance serves every worker.
 */
final class SuiteRun {
  static final String SOURCE = "calibrate: a candidate value";

  private final Simulator simulator;
  private final Vocabulary vocabulary;
  private final Suite suite;
  private final List<FitKnob> knobs;
  private final Margin margin;

  SuiteRun(Simulator simulator, Vocabulary vocabulary, Suite suite, List<FitKnob> knobs) {
    this.simulator = simulator;
    this.vocabulary = vocabulary;
    this.suite = suite;
    this.knobs = List.copyOf(knobs);
    this.margin = new Margin(vocabulary);
  }

  Suite suite() {
    return suite;
  }

  List<FitKnob> knobs() {
    return knobs;
  }

  /** The score of the cases at {@code indexes} with these knob values, in knob order. */
  Score score(double[] values, int[] indexes) {
    Map<String, Double> named = named(values);
    Score score = Score.NONE;
    for (int i : indexes) {
      Projection projection = simulator.run(suite.cases().get(i).scenario().withKnobs(named, SOURCE));
      ProjectionFacts facts = new ProjectionFacts(projection);
      for (Check check : suite.cases().get(i).checks()) {
        score = score.plus(holds(check, facts), margin.of(check.expr(), facts));
      }
    }
    return score;
  }

  /** Every check of one case with these knob values, with what it saw. */
  List<CheckResult> results(double[] values, int index) {
    Projection projection = simulator.run(suite.cases().get(index).scenario().withKnobs(named(values), SOURCE));
    ProjectionFacts facts = new ProjectionFacts(projection);
    List<CheckResult> results = new ArrayList<>();
    for (Check check : suite.cases().get(index).checks()) {
      String detail;
      boolean holds;
      try {
        Evaluation evaluation = Evaluator.evaluate(check.expr(), facts);
        holds = evaluation.holds();
        detail = evaluation.describe(check.expr());
      } catch (EvaluationException e) {
        holds = false;
        detail = check.expr() + ": " + e.getMessage();
      }
      results.add(new CheckResult(check, holds, margin.of(check.expr(), facts), detail));
    }
    return results;
  }

  private static boolean holds(Check check, ProjectionFacts facts) {
    try {
      return Evaluator.evaluate(check.expr(), facts).holds();
    } catch (EvaluationException e) {
      // As check counts it: a check that cannot be evaluated does not hold.
      return false;
    }
  }

  /**
   * The values by knob name, with the ties of rules/assumptions.yaml kept: a knob that must not
   * exceed another (at_most) or must stay below it (below) is held there. The values passed in
   * are changed in place, so the caller records the point that was actually run.
   */
  Map<String, Double> named(double[] values) {
    Map<String, Double> all = new LinkedHashMap<>(vocabulary.knobValues(Map.of()));
    for (int k = 0; k < knobs.size(); k++) {
      all.put(knobs.get(k).name(), values[k]);
    }
    // Twice, so a chain of two ties settles whatever the order the knobs are declared in.
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < knobs.size(); k++) {
        KnobDef def = knobs.get(k).def();
        double value = all.get(def.name());
        if (def.atMost() != null && value > all.get(def.atMost())) {
          value = all.get(def.atMost());
        }
        if (def.below() != null && value >= all.get(def.below())) {
          value = Math.nextDown(all.get(def.below()));
        }
        // A knob held at its default that must stay under this one holds this one up.
        for (KnobDef other : vocabulary.knobs().values()) {
          if (!fits(other.name()) && def.name().equals(other.atMost())) {
            value = Math.max(value, all.get(other.name()));
          }
          if (!fits(other.name()) && def.name().equals(other.below())) {
            value = Math.max(value, Math.nextUp(all.get(other.name())));
          }
        }
        values[k] = value;
        all.put(def.name(), value);
      }
    }
    Map<String, Double> fitted = new LinkedHashMap<>();
    knobs.forEach(k -> fitted.put(k.name(), all.get(k.name())));
    return fitted;
  }

  private boolean fits(String name) {
    return knobs.stream().anyMatch(k -> k.name().equals(name));
  }

  /** Every case's index, in file order. */
  int[] all() {
    return java.util.stream.IntStream.range(0, suite.cases().size()).toArray();
  }

  /** Every case's index but one. */
  int[] without(int left) {
    return java.util.stream.IntStream.range(0, suite.cases().size()).filter(i -> i != left).toArray();
  }
}

package dev.stratsim.analysis.diff;

import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.analysis.simulate.SimulationResult;
import dev.stratsim.analysis.simulate.Summary;
import dev.stratsim.batch.Metric;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Runs a scenario's Monte Carlo samples under both rule versions and compares each competitor's
 * index and rank. Sample {@code i} draws from a generator seeded by the seed and {@code i} alone,
 * so both sides see the same inputs in every sample.
 */
final class SampledComparison {
  private final Simulation.Settings settings;
  private final Tolerance tolerance;

  SampledComparison(Simulation.Settings settings, Tolerance tolerance) {
    this.settings = settings;
    this.tolerance = tolerance;
  }

  /** One side of the comparison: its rules, how to run them and the scenario as it loads there. */
  record Side(RuleSide rules, Simulator simulator, ScenarioTemplate template, Projection central) {}

  SampledDiff compare(Side base, Side current) {
    // Ranked on both sides: an actor ranks when it has every pillar, which no sample changes.
    List<Actor> competitors = current.central().scenario().actors().values().stream()
        .filter(a -> base.central().last().ranks(a.id()) && current.central().last().ranks(a.id()))
        .toList();
    List<Metric> metrics = new ArrayList<>();
    competitors.forEach(a -> metrics.addAll(Metric.indexAndRank(a.id())));
    SimulationResult was = run(base, metrics);
    SimulationResult is = run(current, metrics);
    List<SampledDiff.Actor> moved = new ArrayList<>();
    for (int i = 0; i < competitors.size(); i++) {
      SampledDiff.Actor actor = actor(competitors.get(i), was, is, metrics.get(2 * i), metrics.get(2 * i + 1));
      if (actor.rankChanged() > 0 || tolerance.moved(actor.baseMeanIndex(), actor.currentMeanIndex())) {
        moved.add(actor);
      }
    }
    return new SampledDiff(settings.samples(), settings.seed(), current.central().last().year(), moved);
  }

  private SampledDiff.Actor actor(Actor actor, SimulationResult was, SimulationResult is, Metric index, Metric rank) {
    Summary rankWas = was.summary(rank);
    Summary rankIs = is.summary(rank);
    int changed = 0;
    for (int i = 0; i < rankIs.count(); i++) {
      if (rankWas.value(i) != rankIs.value(i)) {
        changed++;
      }
    }
    SortedSet<Double> ranks = new TreeSet<>(rankWas.counts().keySet());
    ranks.addAll(rankIs.counts().keySet());
    List<SampledDiff.RankShare> shares = ranks.stream().map(r -> new SampledDiff.RankShare(r.intValue(),
        share(rankWas, r), share(rankIs, r))).toList();
    return new SampledDiff.Actor(actor.id(), actor.name(), was.summary(index).mean(), is.summary(index).mean(),
        shares, changed);
  }

  private static double share(Summary ranks, double rank) {
    return ranks.counts().getOrDefault(rank, 0) / (double) ranks.count();
  }

  private SimulationResult run(Side side, List<Metric> metrics) {
    try {
      return new Simulation(side.simulator()).run(side.template(), metrics, settings);
    } catch (RuleFailureException e) {
      throw new RuleFailureException(side.rules().name() + " rules (" + side.rules().label() + "): " + e.getMessage(),
          e.getCause());
    }
  }
}

package dev.stratsim.briefing.model;

import dev.stratsim.engine.CesIndex;
import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How much of one competitor's index change, from the scenario's inputs to its last year, each
 * rule caused. The index is a nonlinear (CES) mean of the pillars ({@link CesIndex}), so a rule's pillar points do
 * not add up to index points directly; they are converted with the Aumann-Shapley method: each
 * pillar point is worth the index's average slope along the straight path from the start pillars
 * to the end pillars. The contributions then add up exactly to the index change. docs/report.md
 * explains the method and what it does not say (what would have happened without a rule).
 *
 * @param bounds index points lost or gained by keeping metrics within their bounds
 */
public record Attribution(String actor, int startYear, int endYear, double startIndex, double endIndex,
    List<Contribution> contributions, double bounds) {

  /** Knob that sets the CES exponent in position.drl. */
  public static final String RHO = "pillar_substitutability";
  private static final int STEPS = 200;
  private static final double TOLERANCE = 1e-6;

  /**
   * One rule's share of the index change.
   *
   * @param points the rule's net change of each pillar it moved, over the whole period
   */
  public record Contribution(String rule, double index, SortedMap<String, Double> points, int firstYear,
      int lastYear) {}

  public double change() {
    return endIndex - startIndex;
  }

  /**
   * The attribution, or empty when the actor does not compete or the projection's index is not
   * the CES mean of its pillars (a rule set with another index formula).
   */
  public static Optional<Attribution> of(Projection projection, String actor, List<String> pillars,
      SortedMap<String, Double> weights, Double rho) {
    if (rho == null || !projection.last().ranks(actor) || !projection.start().ranks(actor)) {
      return Optional.empty();
    }
    CesIndex ces = CesIndex.of(pillars.stream().map(p -> weights.getOrDefault(p, 0.0)).toList(), rho);
    double[] from = values(projection, actor, pillars, true);
    double[] to = values(projection, actor, pillars, false);
    double startIndex = projection.start().index().get(actor);
    double endIndex = projection.last().index().get(actor);
    if (!ces.smoothAt(from) || !ces.smoothAt(to)
        || Math.abs(ces.value(from) - startIndex) > TOLERANCE
        || Math.abs(ces.value(to) - endIndex) > TOLERANCE) {
      return Optional.empty();
    }
    double[] slope = averageSlopes(ces, from, to);
    Map<String, SortedMap<String, Double>> points = new LinkedHashMap<>();
    Map<String, int[]> years = new LinkedHashMap<>();
    for (Effect e : projection.effects()) {
      int p = pillars.indexOf(e.metric());
      if (e.actor().equals(actor) && p >= 0) {
        points.computeIfAbsent(e.rule(), r -> new TreeMap<>()).merge(e.metric(), e.delta(), Double::sum);
        years.merge(e.rule(), new int[] {e.year(), e.year()},
            (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
    }
    List<Contribution> contributions = new ArrayList<>();
    double[] explained = new double[pillars.size()];
    points.forEach((rule, byPillar) -> {
      double index = 0;
      for (Map.Entry<String, Double> e : byPillar.entrySet()) {
        int p = pillars.indexOf(e.getKey());
        index += e.getValue() * slope[p];
        explained[p] += e.getValue();
      }
      int[] span = years.get(rule);
      contributions.add(new Contribution(rule, index, byPillar, span[0], span[1]));
    });
    double bounds = 0;
    for (int p = 0; p < pillars.size(); p++) {
      bounds += (to[p] - from[p] - explained[p]) * slope[p];
    }
    contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.index()))
        .thenComparing(Contribution::rule));
    return Optional.of(new Attribution(actor, projection.first().year(), projection.last().year(),
        startIndex, endIndex, List.copyOf(contributions), bounds));
  }

  private static double[] values(Projection projection, String actor, List<String> pillars, boolean start) {
    var year = start ? projection.start() : projection.last();
    return pillars.stream().mapToDouble(p -> year.metric(actor, p).orElse(0)).toArray();
  }

  /** Each pillar's slope averaged along the straight path, by Simpson's rule. */
  private static double[] averageSlopes(CesIndex ces, double[] from, double[] to) {
    double[] slope = new double[from.length];
    double[] x = new double[from.length];
    for (int k = 0; k <= STEPS; k++) {
      double t = (double) k / STEPS;
      double weight = (k == 0 || k == STEPS) ? 1 : (k % 2 == 1 ? 4 : 2);
      for (int i = 0; i < x.length; i++) {
        x[i] = from[i] + t * (to[i] - from[i]);
      }
      double[] gradient = ces.gradient(x);
      for (int i = 0; i < x.length; i++) {
        slope[i] += weight * gradient[i] / (3.0 * STEPS);
      }
    }
    return slope;
  }
}

package dev.stratsim.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The competitive index: a constant-elasticity-of-substitution (CES) mean of pillar scores,
 * {@code (sum of w_i * x_i^rho)^(1/rho)} with weights that add up to one. It is written once,
 * here: {@code position.drl} computes each competitor's index with it, and the briefing's
 * attribution takes its partial derivatives, so the two cannot drift apart.
 *
 * <p>rho = 1 is the weighted arithmetic mean (pillars are substitutes), rho = 0 its limit, the
 * weighted geometric mean, and rho below 0 lets a weak pillar dominate (-1 is the weighted
 * harmonic mean). With rho at or below 0 a weighted pillar at zero makes the index zero.
 *
 * @param weights each pillar's weight divided by the total weight, in the order of the scores
 * @param rho the exponent, the knob {@code pillar_substitutability}
 */
public record CesIndex(List<Double> weights, double rho) {

  public CesIndex {
    weights = List.copyOf(weights);
  }

  /** Weights on any scale, in the order of the scores; they are divided by their total. */
  public static CesIndex of(List<Double> weights, double rho) {
    // A plain sum in the given order, as position.drl always summed them: the index stays the
    // same to the last bit, and a rank tie stays a tie.
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    List<Double> shares = new ArrayList<>(weights.size());
    for (double w : weights) {
      shares.add(w / total);
    }
    return new CesIndex(shares, rho);
  }

  /**
   * The index of a competitor's pillar {@link Score}s, weighted by its arena's weights (a pillar
   * without a weight counts for nothing): what position.drl's {@code ces} function returns.
   */
  public static double index(List<?> scores, Weights weights, String arena, double rho) {
    double[] x = new double[scores.size()];
    List<Double> w = new ArrayList<>(scores.size());
    for (int i = 0; i < x.length; i++) {
      Score score = (Score) scores.get(i);
      x[i] = score.value();
      w.add(weights.of(arena, score.metric()));
    }
    return of(w, rho).value(x);
  }

  /**
   * False where a weighted pillar is at or below zero and the pillars are complements (rho at or
   * below 0): the index is zero there and has no gradient.
   */
  public boolean smoothAt(double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (weights.get(i) > 0 && x[i] <= 0 && rho <= 0) {
        return false;
      }
    }
    return true;
  }

  public double value(double[] x) {
    if (!smoothAt(x)) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double w = weights.get(i);
      if (w > 0) {
        sum += w * (rho == 0 ? Math.log(x[i]) : Math.pow(x[i], rho));
      }
    }
    return rho == 0 ? Math.exp(sum) : Math.pow(sum, 1 / rho);
  }

  /**
   * The index's partial derivative in each pillar: how many index points one more point of that
   * pillar is worth at {@code x}. Only defined where {@link #smoothAt} holds.
   */
  public double[] gradient(double[] x) {
    double[] slope = new double[x.length];
    // d/dx_i of (sum w_j x_j^rho)^(1/rho) is w_i x_i^(rho-1) (sum w_j x_j^rho)^(1/rho - 1);
    // at rho = 0, d/dx_i of exp(sum w_j ln x_j) is the index times w_i / x_i.
    double index = rho == 0 ? value(x) : 0;
    double sum = 0;
    if (rho != 0) {
      for (int j = 0; j < x.length; j++) {
        double w = weights.get(j);
        if (w > 0) {
          sum += w * Math.pow(x[j], rho);
        }
      }
    }
    for (int i = 0; i < x.length; i++) {
      double w = weights.get(i);
      if (w == 0) {
        slope[i] = 0;
      } else if (rho == 0) {
        slope[i] = index * w / x[i];
      } else {
        slope[i] = w * Math.pow(x[i], rho - 1) * Math.pow(sum, 1 / rho - 1);
      }
    }
    return slope;
  }
}

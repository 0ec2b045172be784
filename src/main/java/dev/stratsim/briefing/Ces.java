package dev.stratsim.briefing;

import java.util.List;

/**
 * The index as {@code position.drl} computes it: a constant-elasticity-of-substitution mean of
 * the pillars, with its gradient, so an index change can be attributed to pillar changes.
 */
record Ces(double[] weights, double rho) {

  static Ces of(List<Double> weights, double rho) {
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    return new Ces(weights.stream().mapToDouble(w -> w / total).toArray(), rho);
  }

  /** False where a weighted pillar is zero and the pillars are complements: no gradient there. */
  boolean smoothAt(double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (weights[i] > 0 && x[i] <= 0 && rho <= 0) {
        return false;
      }
    }
    return true;
  }

  double value(double[] x) {
    if (!smoothAt(x)) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      if (weights[i] > 0) {
        sum += weights[i] * (rho == 0 ? Math.log(x[i]) : Math.pow(x[i], rho));
      }
    }
    return rho == 0 ? Math.exp(sum) : Math.pow(sum, 1 / rho);
  }

  double partial(double[] x, int i) {
    if (weights[i] == 0) {
      return 0;
    }
    if (rho == 0) {
      return value(x) * weights[i] / x[i];
    }
    double sum = 0;
    for (int j = 0; j < x.length; j++) {
      if (weights[j] > 0) {
        sum += weights[j] * Math.pow(x[j], rho);
      }
    }
    return weights[i] * Math.pow(x[i], rho - 1) * Math.pow(sum, 1 / rho - 1);
  }
}

package dev.stratsim.expect.sample;

import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.Facts;

/**
 * What a statistical check is evaluated against: the samples of one Monte Carlo run. A check
 * reads them only through {@link Statistics}' functions; a metric read outside one has no single
 * value, and the loader rejects such checks before anything runs.
 */
public interface Samples extends Facts {
  /** The share of samples in which {@code check} holds, 0..1. */
  double probability(Expr check);

  /** The {@code p}-th percentile (0..100) of {@code number} over the samples. */
  double percentile(Expr number, double p);

  /** The mean of {@code number} over the samples. */
  double mean(Expr number);

  @Override
  default double metric(String actor, String metric, Integer year) {
    throw perSample(actor + "." + metric);
  }

  @Override
  default double start(String actor, String metric) {
    // Distributions may draw the start values too.
    throw perSample(actor + "." + metric + "@start");
  }

  @Override
  default Facts withoutDeals() {
    throw new EvaluationException("effect(...) and nodeal(...) have a value per sample; read them inside P(...),"
        + " a percentile such as P50(...) or mean(...)");
  }

  private static EvaluationException perSample(String path) {
    return new EvaluationException(path + " has a value per sample; read it through P(...),"
        + " a percentile such as P50(...) or mean(...)");
  }

  @Override
  default boolean fired(String rule) {
    throw new EvaluationException("fired(\"" + rule + "\") has a value per sample; read it as P(fired(\"" + rule
        + "\"))");
  }
}

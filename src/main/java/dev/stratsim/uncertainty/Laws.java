package dev.stratsim.uncertainty;

import dev.stratsim.uncertainty.DistributionReader.Params;
import dev.stratsim.yaml.Numbers;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/** The continuous distributions, built from checked parameters on Commons Statistics. */
final class Laws {
  private Laws() {}

  static Optional<Numeric> uniform(Params p, String text) {
    OptionalDouble min = p.required("min");
    OptionalDouble max = p.required("max");
    if (min.isEmpty() || max.isEmpty() || !ordered(p, min.getAsDouble(), max.getAsDouble())) {
      return Optional.empty();
    }
    return Optional.of(whole(text,
        UniformContinuousDistribution.of(min.getAsDouble(), max.getAsDouble())));
  }

  static Optional<Numeric> triangular(Params p, String text) {
    return threePoint(p).map(m -> whole(text, TriangularDistribution.of(m[0], m[1], m[2])));
  }

  /**
   * The PERT distribution of @RISK and Crystal Ball: Beta(1 + 4(mode - min)/(max - min), 1 +
   * 4(max - mode)/(max - min)) stretched over {@code min..max}, whose mean is (min + 4 mode +
   * max) / 6. Beside a triangle with the same three points it puts less weight on the tails.
   */
  static Optional<Numeric> pert(Params p, String text) {
    return threePoint(p).map(m -> {
      double range = m[2] - m[0];
      BetaDistribution law = BetaDistribution.of(1 + PERT_LAMBDA * (m[1] - m[0]) / range,
          1 + PERT_LAMBDA * (m[2] - m[1]) / range);
      return new Numeric(text, u -> m[0] + range * law.inverseCumulativeProbability(u), m[0], m[2]);
    });
  }

  /** Standard PERT's weight of the mode against the ends. */
  static final double PERT_LAMBDA = 4;

  /** {@code min}, {@code mode} and {@code max}, with min < max and the mode between them. */
  private static Optional<double[]> threePoint(Params p) {
    OptionalDouble min = p.required("min");
    OptionalDouble mode = p.required("mode");
    OptionalDouble max = p.required("max");
    if (min.isEmpty() || mode.isEmpty() || max.isEmpty()
        || !ordered(p, min.getAsDouble(), max.getAsDouble())) {
      return Optional.empty();
    }
    double a = min.getAsDouble();
    double c = mode.getAsDouble();
    double b = max.getAsDouble();
    if (c < a || c > b) {
      p.error("mode (" + show(c) + ") must lie between min (" + show(a) + ") and max (" + show(b)
          + ")");
      return Optional.empty();
    }
    return Optional.of(new double[] {a, c, b});
  }

  /** Truncated to {@code min..max} when either is given. */
  static Optional<Numeric> normal(Params p, String text) {
    OptionalDouble mean = p.required("mean");
    OptionalDouble sd = p.positive("sd");
    double lo = p.optional("min").orElse(Double.NEGATIVE_INFINITY);
    double hi = p.optional("max").orElse(Double.POSITIVE_INFINITY);
    if (mean.isEmpty() || sd.isEmpty() || !ordered(p, lo, hi)) {
      return Optional.empty();
    }
    NormalDistribution law = NormalDistribution.of(mean.getAsDouble(), sd.getAsDouble());
    if (!keepsProbability(p, law, lo, hi)) {
      return Optional.empty();
    }
    if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
      return Optional.of(whole(text, law));
    }
    return Optional.of(whole(text,
        TruncatedNormalDistribution.of(mean.getAsDouble(), sd.getAsDouble(), lo, hi)));
  }

  /**
   * {@code mean} and {@code sd} are those of the value itself, not of its logarithm, so they read
   * like a normal's; truncated to {@code min..max} when either is given.
   */
  static Optional<Numeric> lognormal(Params p, String text) {
    OptionalDouble mean = p.positive("mean");
    OptionalDouble sd = p.positive("sd");
    double lo = p.optional("min").orElse(0);
    double hi = p.optional("max").orElse(Double.POSITIVE_INFINITY);
    if (mean.isEmpty() || sd.isEmpty() || !ordered(p, lo, hi)) {
      return Optional.empty();
    }
    double m = mean.getAsDouble();
    double s = sd.getAsDouble();
    double sigma2 = Math.log1p(s * s / (m * m));
    LogNormalDistribution law = LogNormalDistribution.of(Math.log(m) - sigma2 / 2, Math.sqrt(sigma2));
    if (!keepsProbability(p, law, lo, hi)) {
      return Optional.empty();
    }
    return Optional.of(truncated(text, law, Math.max(lo, 0), hi));
  }

  /** Beta(alpha, beta) stretched over {@code min..max} (default 0..1). */
  static Optional<Numeric> beta(Params p, String text) {
    OptionalDouble alpha = p.positive("alpha");
    OptionalDouble beta = p.positive("beta");
    double lo = p.optional("min").orElse(0);
    double hi = p.optional("max").orElse(1);
    if (alpha.isEmpty() || beta.isEmpty() || !ordered(p, lo, hi)) {
      return Optional.empty();
    }
    BetaDistribution law = BetaDistribution.of(alpha.getAsDouble(), beta.getAsDouble());
    DoubleUnaryOperator quantile = u -> lo + (hi - lo) * law.inverseCumulativeProbability(u);
    return Optional.of(new Numeric(text, quantile, lo, hi));
  }

  private static boolean ordered(Params p, double min, double max) {
    if (min >= max) {
      p.error("min (" + show(min) + ") must be below max (" + show(max) + ")");
      return false;
    }
    return true;
  }

  private static boolean keepsProbability(Params p, ContinuousDistribution law, double lo, double hi) {
    if (law.probability(Math.max(lo, law.getSupportLowerBound()), hi) <= 0) {
      p.error("min and max leave no probability between them; move them towards the mean");
      return false;
    }
    return true;
  }

  private static Numeric whole(String text, ContinuousDistribution law) {
    return new Numeric(text, law::inverseCumulativeProbability, law.getSupportLowerBound(),
        law.getSupportUpperBound());
  }

  /** Keeps only {@code lo..hi}: the quantiles of the part of the law in between. */
  private static Numeric truncated(String text, ContinuousDistribution law, double lo, double hi) {
    double pLo = law.cumulativeProbability(lo);
    double pHi = law.cumulativeProbability(hi);
    return new Numeric(text, u -> law.inverseCumulativeProbability(pLo + u * (pHi - pLo)),
        Math.max(lo, law.getSupportLowerBound()), Math.min(hi, law.getSupportUpperBound()));
  }

  private static String show(double value) {
    return Numbers.format(value);
  }
}

package dev.stratsim.uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.function.DoubleUnaryOperator;

/**
 * A continuous distribution: uniform, triangular, PERT, normal, lognormal or beta, truncated to
 * {@code min..max} where the scenario bounds it.
 *
 * @param quantile the inverse of the (truncated) cumulative distribution function
 * @param min the lowest value a draw can take (may be -infinity)
 * @param max the highest value a draw can take (may be +infinity)
 */
public record Numeric(String describe, DoubleUnaryOperator quantile, double min, double max)
    implements Distribution {

  public double quantile(double p) {
    // Inversion can land a hair outside the support at the ends; the support is the promise.
    return Math.max(min, Math.min(max, quantile.applyAsDouble(p)));
  }

  @Override
  public JsonNode central() {
    return DoubleNode.valueOf(quantile(0.5));
  }

  @Override
  public JsonNode at(double u) {
    return DoubleNode.valueOf(quantile(u));
  }

  public boolean bounded() {
    return Double.isFinite(min) && Double.isFinite(max);
  }
}

package dev.stratsim.uncertainty;

/** How the uniform numbers behind each sample's draws are chosen ({@code --sampling}). */
public enum Sampling {
  /**
   * Each sample draws its inputs from its own seeded generator, independently of every other
   * sample: sample {@code i} depends only on the seed and {@code i}.
   */
  random,
  /**
   * Latin hypercube: the N samples of a batch split each input's range into N strata of equal
   * probability and take exactly one draw from each, so the spread is covered with fewer samples.
   * Sample {@code i} then depends on the batch it belongs to.
   */
  lhs
}

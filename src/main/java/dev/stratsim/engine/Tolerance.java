package dev.stratsim.engine;

/**
 * Comparisons that ignore floating-point residue: after a customer has moved the last of its
 * work, {@code share} and {@code kept} may differ by 1e-17, which is not a reason to fire again.
 * This is arithmetic hygiene, not a model parameter, so it lives here and not among the knobs.
 */
public final class Tolerance {
  private static final double RELATIVE = 1e-9;

  private Tolerance() {}

  /** Whether {@code a} is larger than {@code b} by more than rounding noise. */
  public static boolean exceeds(double a, double b) {
    return a - b > RELATIVE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}

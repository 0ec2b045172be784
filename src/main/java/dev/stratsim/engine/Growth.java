package dev.stratsim.engine;

/** Growth factors in the terms rules reason in. */
public final class Growth {
  private static final double LN2 = Math.log(2);

  private Growth() {}

  /** How many doublings take a quantity from 1 to {@code factor}: 1 for 2, 2 for 4, 0.58 for 1.5. */
  public static double doublings(double factor) {
    return Math.log(factor) / LN2;
  }
}

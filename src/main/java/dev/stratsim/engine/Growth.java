package dev.stratsim.engine;

/** Growth factors in the terms rules reason in. */
public final class Growth {
  private static final double LN2 = Math.log(2);

  private Growth() {}

  /** How many doublings take a quantity from 1 to {@code factor}: 1 for 2, 2 for 4, 0.58 for 1.5. */
  public static double doublings(double factor) {
    return Math.log(factor) / LN2;
  }

  /** What is left of 1 after {@code halvings} halvings: 0.5 for 1, 0.25 for 2, 1 for 0. */
  public static double afterHalvings(double halvings) {
    return Math.exp(-halvings * LN2);
  }
}

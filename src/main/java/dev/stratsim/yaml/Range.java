package dev.stratsim.yaml;

/** The numbers a field accepts, both ends included; infinite ends mean no limit. */
public record Range(double min, double max) {
  public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  public static final Range SHARE = new Range(0, 1);
  public static final Range NON_NEGATIVE = atLeast(0);

  public static Range atLeast(double min) {
    return new Range(min, Double.POSITIVE_INFINITY);
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /** E.g. "a number between 0 and 1", "a whole number >= 0", "a number". */
  public String describe(String kind) {
    boolean low = min != Double.NEGATIVE_INFINITY;
    boolean high = max != Double.POSITIVE_INFINITY;
    if (low && high) {
      return kind + " between " + Numbers.format(min) + " and " + Numbers.format(max);
    }
    if (low) {
      return kind + " >= " + Numbers.format(min);
    }
    return high ? kind + " <= " + Numbers.format(max) : kind;
  }
}

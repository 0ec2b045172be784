package dev.stratsim.expect;

/**
 * How a check's description writes its numbers: as the check writes them ({@link #AS_WRITTEN},
 * what {@code check}, {@code run} and every {@code toString} show), or as an output that knows
 * the numbers' units shows them (the briefing writes dollars as $B). The language knows no units;
 * it says which expression a number measures, and {@link Expr#unit} reads that expression's unit
 * from its metrics.
 */
@FunctionalInterface
public interface Shown {
  /** Every number as the check writes it. */
  Shown AS_WRITTEN = (value, written, measured) -> written;

  /**
   * One number of a description.
   *
   * @param value the number
   * @param written how the check writes it: a literal as its source, a value seen to two decimals
   *     (six where two would hide a difference)
   * @param measured the expression whose value it is (a value seen), or (a literal) the one it is
   *     compared with, added to or taken from; null where there is none, such as a factor
   */
  String number(double value, String written, Expr measured);
}

package dev.stratsim.expect;

/**
 * A value an evaluation looked at, to explain its result: {@code meta.rank@2029 was 3}.
 *
 * @param what the metric path or function call, as canonical source
 * @param value the value as people read it: at most two decimals, {@code true}, {@code false}
 * @param expr the path or call that {@code what} prints
 * @param number the value where it is a number, else null; an output that knows its unit
 *     ({@link Expr#unit} of {@code expr}) writes it from this, not from {@code value}
 */
public record Observation(String what, String value, Expr expr, Double number) {
  @Override
  public String toString() {
    return what + " was " + value;
  }

  /** The same line with the numbers written by {@code shown}. */
  public String shown(Shown shown) {
    return Expr.print(expr, shown) + " was " + (number == null ? value : shown.number(number, value, expr));
  }
}

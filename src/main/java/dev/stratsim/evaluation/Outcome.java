package dev.stratsim.evaluation;

import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.Shown;
import dev.stratsim.scenario.Expectation;

/**
 * One expectation checked against a run: what it came to, kept as numbers, so that each output
 * writes them its own way ({@link #detail(Shown)}); {@link #detail()} is the line as the check
 * writes it.
 *
 * @param expr the expectation, parsed
 * @param evaluation what it came to and the values it looked at; null where it could not be
 *     evaluated
 * @param error why it could not be evaluated; null where it was
 */
public record Outcome(Expectation expectation, Expr expr, Evaluation evaluation, String error) {
  public Outcome {
    if ((evaluation == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has an evaluation or an error, not both or neither");
    }
  }

  /** Whether the expectation holds: false where it could not be evaluated. */
  public boolean holds() {
    return evaluation != null && evaluation.holds();
  }

  /**
   * What it saw ({@code meta.rank@2029 <= 2: meta.rank@2029 was 3}), or why it could not be
   * evaluated, every number as the check writes it.
   */
  public String detail() {
    return detail(Shown.AS_WRITTEN);
  }

  /** The same line with its numbers written by {@code shown}; an error's message as it is. */
  public String detail(Shown shown) {
    return evaluation != null ? evaluation.describe(expr, shown) : Expr.print(expr, shown) + ": " + error;
  }
}

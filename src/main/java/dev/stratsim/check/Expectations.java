package dev.stratsim.check;

import dev.stratsim.engine.Projection;
import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.scenario.Expectation;
import java.util.List;

/** Checks a scenario's {@code expect:} entries against its projection. */
public final class Expectations {
  private Expectations() {}

  public static List<Outcome> check(Projection projection) {
    ProjectionFacts facts = new ProjectionFacts(projection);
    return projection.scenario().expectations().stream().map(e -> check(e, facts)).toList();
  }

  private static Outcome check(Expectation expectation, ProjectionFacts facts) {
    // The loader has parsed every expectation already, so this cannot fail on syntax.
    Expr expr = ExpressionParser.parseCheck(expectation.text());
    try {
      Evaluation evaluation = Evaluator.evaluate(expr, facts);
      return new Outcome(expectation, evaluation.holds(), evaluation.describe(expr));
    } catch (EvaluationException e) {
      return new Outcome(expectation, false, expr + ": " + e.getMessage());
    }
  }
}

package dev.stratsim.batch;

import dev.stratsim.engine.Projection;
import dev.stratsim.evaluation.ProjectionFacts;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionException;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.expect.Kind;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import java.util.List;
import java.util.stream.Stream;

/**
 * A number read from each run, written in the {@code expect:} language: {@code meta.index@2029}
 * or {@code meta.index - google.index}. A check such as {@code meta.rank@2029 <= 2} reads as 1
 * when it holds and 0 when not, so its mean is its probability.
 */
public record Metric(String text, Expr expr) {

  /**
   * Parses a {@code --metric} argument.
   *
   * @throws InvalidInputException naming the argument and the column of the mistake
   */
  public static Metric parse(String text) {
    try {
      return new Metric(text, ExpressionParser.parse(text));
    } catch (ExpressionException e) {
      throw new InvalidInputException(Problem.general("--metric '" + UserText.quote(text) + "': " + e.getMessage()));
    }
  }

  /** Each competitor's index and rank in the last year, as {@code simulate} shows by default. */
  public static List<Metric> indexAndRank(String actor) {
    return List.of(parse(actor + ".index"), parse(actor + ".rank"));
  }

  /** The metric a bare path reads ({@code index} of {@code meta.index@2029}); empty for any other expression. */
  public java.util.Optional<String> metricName() {
    return expr instanceof dev.stratsim.expect.Expr.MetricRef ref ? java.util.Optional.of(ref.metric())
        : java.util.Optional.empty();
  }

  /** Whether this metric is a check, whose mean is the probability that it holds. */
  public boolean isCheck() {
    return expr.kind() == Kind.BOOLEAN;
  }

  /**
   * The metric's value in one run.
   *
   * @throws EvaluationException if the run has no such actor, metric or year, or on division by 0
   */
  public double value(Projection projection) {
    Object value = Evaluator.evaluate(expr, new ProjectionFacts(projection)).value();
    return value instanceof Boolean b ? (b ? 1 : 0) : (Double) value;
  }

  /**
   * Checks that every metric can be read from a run, so a typo is caught before thousands of
   * samples start.
   */
  public static void checkAll(List<Metric> metrics, Projection projection) {
    List<Problem> problems = metrics.stream().flatMap(m -> {
      try {
        m.value(projection);
        return Stream.<Problem>empty();
      } catch (EvaluationException e) {
        return Stream.of(
            Problem.general("--metric '" + UserText.quote(m.text()) + "': " + e.getMessage()));
      }
    }).toList();
    InvalidInputException.throwIfAny(problems);
  }

  @Override
  public String toString() {
    return text;
  }
}

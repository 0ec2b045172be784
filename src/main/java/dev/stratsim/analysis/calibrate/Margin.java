package dev.stratsim.analysis.calibrate;

import dev.stratsim.engine.YearResult;
import dev.stratsim.evaluation.ProjectionFacts;
import dev.stratsim.expect.BinaryOp;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.Functions;
import dev.stratsim.expect.UnaryOp;
import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a check holds or fails, as a share of the range of the metrics it compares: {@code
 * meta.data@2029 > meta.data@start + 5} holding by 3 data points has a margin of 0.03 (3 of the
 * pillar's 100). This gives the search a slope to follow where a count of checks held is flat.
 * Positive means it holds by that much; negative that it fails by that much.
 *
 * <ul>
 *   <li>a comparison: the difference of its sides, the right way round, over the widest range of
 *       the metrics in it. A bounded metric's range is its {@code min}..{@code max}
 *       (rules/metrics.yaml); the index is in the pillars' points; a rank ranges over the
 *       competitors of its arena; an unbounded metric (dollars, counts) over the largest value
 *       the comparison reads, so it compares in proportion;
 *   <li>{@code a and b}: the smaller margin, {@code a or b} the larger, {@code not a} its
 *       opposite, {@code nodeal(check)} the check's margin without the deals;
 *   <li>anything else true or false ({@code fired("...")}, a literal): 1 when it holds, -1 when
 *       not.
 * </ul>
 */
final class Margin {
  private final Vocabulary vocabulary;

  Margin(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The margin of a check; its sign agrees with whether it holds except at a tie of a strict comparison. */
  double of(Expr check, ProjectionFacts facts) {
    try {
      return margin(check, facts);
    } catch (EvaluationException e) {
      // A side that the check itself never evaluates (the right of a decided 'and') can fail
      // here; the check's own truth is then all there is to go by.
      return truth(check, facts);
    }
  }

  private double margin(Expr e, ProjectionFacts facts) {
    if (e instanceof Expr.Binary b) {
      switch (b.op()) {
        case AND:
          return Math.min(margin(b.left(), facts), margin(b.right(), facts));
        case OR:
          return Math.max(margin(b.left(), facts), margin(b.right(), facts));
        case LT: case LE: case GT: case GE: case EQ: case NE:
          if (b.left().kind() == dev.stratsim.expect.Kind.BOOLEAN) {
            return truth(e, facts);
          }
          return comparison(b, facts);
        default:
          break;
      }
    } else if (e instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
      return -margin(u.operand(), facts);
    } else if (e instanceof Expr.Call call && call.name().equals(Functions.NODEAL.name())) {
      return margin(call.args().get(0), (ProjectionFacts) facts.withoutDeals());
    }
    return truth(e, facts);
  }

  private double comparison(Expr.Binary b, ProjectionFacts facts) {
    double left = number(b.left(), facts);
    double right = number(b.right(), facts);
    double scale = scale(b, facts);
    double apart = (left - right) / scale;
    return switch (b.op()) {
      case LT, LE -> -apart;
      case GT, GE -> apart;
      case EQ -> -Math.abs(apart);
      case NE -> Math.abs(apart);
      default -> throw new IllegalStateException("not a comparison: " + b.op());
    };
  }

  /** The widest range of the metrics the comparison reads; 1 when it reads none. */
  private double scale(Expr comparison, ProjectionFacts facts) {
    List<Expr.MetricRef> refs = new ArrayList<>();
    walk(comparison, refs);
    double scale = 0;
    for (Expr.MetricRef ref : refs) {
      scale = Math.max(scale, range(ref, facts));
    }
    return scale > 0 ? scale : 1;
  }

  private double range(Expr.MetricRef ref, ProjectionFacts facts) {
    YearResult start = facts.projection().start();
    switch (ref.metric()) {
      case "index":
        return vocabulary.pillars().stream().map(p -> vocabulary.metrics().get(p))
            .mapToDouble(m -> m.max() - m.min()).filter(Double::isFinite).max().orElse(100);
      case "rank":
        String arena = start.arenaOf(ref.actor());
        return Math.max(1, start.arena().values().stream().filter(arena::equals).count() - 1);
      default:
        MetricDef def = vocabulary.definition(ref.metric()).orElse(null);
        if (def != null && Double.isFinite(def.max() - def.min())) {
          return def.max() - def.min();
        }
        return Math.abs(number(ref, facts));
    }
  }

  private static void walk(Expr e, List<Expr.MetricRef> refs) {
    if (e instanceof Expr.MetricRef ref) {
      refs.add(ref);
    }
    e.children().forEach(child -> walk(child, refs));
  }

  private static double number(Expr e, ProjectionFacts facts) {
    return (Double) Evaluator.evaluate(e, facts).value();
  }

  private static double truth(Expr e, ProjectionFacts facts) {
    try {
      return Evaluator.evaluate(e, facts).holds() ? 1 : -1;
    } catch (EvaluationException failed) {
      return -1;
    }
  }
}

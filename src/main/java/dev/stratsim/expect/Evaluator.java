package dev.stratsim.expect;

import dev.stratsim.expect.Expr.Binary;
import dev.stratsim.expect.Expr.Bool;
import dev.stratsim.expect.Expr.Call;
import dev.stratsim.expect.Expr.MetricRef;
import dev.stratsim.expect.Expr.Num;
import dev.stratsim.expect.Expr.Str;
import dev.stratsim.expect.Expr.Unary;
import dev.stratsim.problem.UserText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a parsed expression against one run's {@link Facts}, noting every metric and call it
 * looks at so a failed check can say why.
 *
 * <p>{@code and} and {@code or} skip their right side when the left decides (so {@code x.n != 0
 * and x.m / x.n > 2} is safe). Numbers compare exactly, as Java doubles do.
 */
public final class Evaluator {
  private final Facts facts;
  // Insertion-ordered: the report lists values in the order the expression mentions them.
  private final Map<String, String> seen = new LinkedHashMap<>();
  private final Map<String, Double> numbers = new HashMap<>();
  private final Map<String, Expr> looked = new HashMap<>();

  private Evaluator(Facts facts) {
    this.facts = facts;
  }

  /**
   * Evaluates {@code expr}.
   *
   * @throws EvaluationException if {@code facts} does not know a name, on division by zero, or if
   *     a hand-built tree mixes kinds
   */
  public static Evaluation evaluate(Expr expr, Facts facts) {
    Evaluator evaluator = new Evaluator(facts);
    Object value = evaluator.eval(expr);
    if (value instanceof String) {
      throw new EvaluationException("a string is not a value on its own: " + expr);
    }
    List<Observation> observations = new ArrayList<>();
    evaluator.seen.forEach((what, shown) -> observations.add(
        new Observation(what, shown, evaluator.looked.get(what), evaluator.numbers.get(what))));
    return new Evaluation(value, observations);
  }

  private Object eval(Expr expr) {
    if (expr instanceof Num n) {
      return n.value();
    } else if (expr instanceof Bool b) {
      return b.value();
    } else if (expr instanceof Str s) {
      return s.value();
    } else if (expr instanceof MetricRef ref) {
      double value = finite(ref, ref.start() ? facts.start(ref.actor(), ref.metric())
          : facts.metric(ref.actor(), ref.metric(), ref.year()));
      String what = ref.toString();
      if (seen.putIfAbsent(what, Numbers.brief(value)) == null) {
        numbers.put(what, value);
        looked.put(what, ref);
      }
      return value;
    } else if (expr instanceof Unary u) {
      return u.op() == UnaryOp.NOT ? !bool(u.operand()) : -number(u.operand());
    } else if (expr instanceof Binary b) {
      return binary(b);
    }
    return call((Call) expr);
  }

  private Object binary(Binary b) {
    switch (b.op()) {
      case AND:
        return bool(b.left()) && bool(b.right());
      case OR:
        return bool(b.left()) || bool(b.right());
      case EQ:
      case NE:
        return equal(b) == (b.op() == BinaryOp.EQ);
      default:
        break;
    }
    double left = number(b.left());
    double right = number(b.right());
    if (b.op().isComparison()) {
      showApart(b, left, right);
    }
    return switch (b.op()) {
      case LT -> left < right;
      case LE -> left <= right;
      case GT -> left > right;
      case GE -> left >= right;
      case ADD -> finite(b, left + right);
      case SUBTRACT -> finite(b, left - right);
      case MULTIPLY -> finite(b, left * right);
      case DIVIDE -> finite(b, divide(b, left, right));
      default -> throw new IllegalStateException("unhandled operator " + b.op());
    };
  }

  private boolean equal(Binary b) {
    Object left = eval(b.left());
    Object right = eval(b.right());
    if (left instanceof Double l && right instanceof Double r) {
      showApart(b, l, r);
      return l.doubleValue() == r.doubleValue(); // not equals(): 0.0 == -0.0, NaN != NaN
    }
    if (left.getClass() != right.getClass()) {
      throw new EvaluationException("cannot compare " + Numbers.brief(left) + " with "
          + Numbers.brief(right) + " in '" + b + "'");
    }
    return left.equals(right);
  }

  /**
   * Two sides that differ but would read the same at two decimals (0.996 shown as 1 against 1) get
   * the values they are made of shown to six, so that a failed check never reads as if it held.
   */
  private void showApart(Binary b, double left, double right) {
    // Numbers 0.01 or more apart never share a two-decimal form; most comparisons end here,
    // which matters because every Monte Carlo sample evaluates its checks.
    if (left == right || Math.abs(left - right) >= 0.01
        || !Numbers.brief(left).equals(Numbers.brief(right))) {
      return;
    }
    Expr.walk(b, e -> {
      Double value = numbers.get(e.toString());
      if (value != null) {
        seen.put(e.toString(), Numbers.precise(value));
      }
    });
  }

  private double divide(Binary b, double left, double right) {
    if (right == 0) {
      throw new EvaluationException(
          "division by zero in '" + b + "': '" + b.right() + "' is 0");
    }
    return left / right;
  }

  private Object call(Call call) {
    String what = call.toString();
    // Claim the slot before the arguments are evaluated, so the call is listed before them.
    boolean first = !seen.containsKey(what);
    if (first) {
      seen.put(what, "");
      looked.put(what, call);
    }
    Object value = call.function().body().apply(call.args(), facts, this::eval);
    if (value instanceof Number n) {
      value = finite(call, n.doubleValue());
    }
    Kind kind = value instanceof Double ? Kind.NUMBER : value instanceof Boolean ? Kind.BOOLEAN
        : null;
    if (kind != call.kind()) {
      throw new EvaluationException(call.name() + " returned " + value + " instead of "
          + call.kind().phrase());
    }
    if (first) {
      seen.put(what, Numbers.brief(value));
      if (value instanceof Double d) {
        numbers.put(what, d);
      }
    }
    return value;
  }

  /**
   * A number an expression came to, refused when it is not finite: an overflow to Infinity, or a
   * NaN, would otherwise compare as false or print as text no reader of the output expects.
   */
  private static double finite(Expr expr, double value) {
    if (!Double.isFinite(value)) {
      throw new EvaluationException("'" + UserText.quote(expr.toString()) + "' is not a finite number (" + value + ");"
          + " keep the numbers it is made of smaller");
    }
    return value;
  }

  private boolean bool(Expr expr) {
    if (eval(expr) instanceof Boolean b) {
      return b;
    }
    throw new EvaluationException("expected a true/false value from '" + expr + "'");
  }

  private double number(Expr expr) {
    if (eval(expr) instanceof Double d) {
      return d;
    }
    throw new EvaluationException("expected a number from '" + expr + "'");
  }
}

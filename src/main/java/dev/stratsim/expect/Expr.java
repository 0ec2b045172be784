package dev.stratsim.expect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A parsed {@code expect:} expression. Every implementation is a record, so trees compare by
 * value; {@link #toString()} prints canonical source that parses back to an equal tree.
 *
 * <p>The records do not check kinds (that {@code +} gets numbers, ...): {@link ExpressionParser}
 * does, and {@link Evaluator} reports a mismatch in a hand-built tree as an {@link
 * EvaluationException}.
 */
public sealed interface Expr {
  /** Actor ids and metric names; a hyphen inside is part of the name ({@code scale-ai}). */
  Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** A supplier's id after {@code share:}; actor ids may start with a digit. */
  Pattern SUPPLIER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

  /** What evaluating this expression produces. */
  Kind kind();

  /** The direct subexpressions, left to right. */
  default List<Expr> children() {
    return List.of();
  }

  /** A number literal. Negative numbers are a {@link Unary} minus, as the source writes them. */
  record Num(double value) implements Expr {
    public Num {
      if (!Double.isFinite(value) || value < 0) {
        throw new IllegalArgumentException("a number literal must be finite and >= 0: " + value);
      }
      value += 0.0; // -0.0 would print as 0 yet not equal Num(0)
    }

    @Override
    public Kind kind() {
      return Kind.NUMBER;
    }

    @Override
    public String toString() {
      return Numbers.source(value);
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Expr {
    @Override
    public Kind kind() {
      return Kind.BOOLEAN;
    }

    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A string literal; the grammar allows it only as a function argument. */
  record Str(String value) implements Expr {
    public Str {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.STRING;
    }

    @Override
    public String toString() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }

  /**
   * {@code actor.metric}, {@code actor.metric@year} or {@code actor.metric@start}. The metric may
   * be a supply share, {@code share:SUPPLIER}: the part of the actor's needs that supplier serves.
   *
   * @param year null for the last year of the run, or when {@code start} is true
   * @param start whether this reads the scenario's own value before the first year
   */
  record MetricRef(String actor, String metric, Integer year, boolean start) implements Expr {
    /** How a supply share's metric begins: {@code share:scale-ai}. */
    public static final String SHARE = "share:";

    public MetricRef {
      requireIdentifier(actor, "actor");
      boolean valid = metric != null && (metric.startsWith(SHARE)
          ? SUPPLIER.matcher(metric.substring(SHARE.length())).matches()
          : IDENTIFIER.matcher(metric).matches());
      if (!valid) {
        throw new IllegalArgumentException("not a valid metric name: " + metric);
      }
      if (year != null && year < 0) {
        throw new IllegalArgumentException("a year cannot be negative: " + year);
      }
      if (start && year != null) {
        throw new IllegalArgumentException("a metric path reads the start or a year, not both");
      }
    }

    /** A path to a year, or to the last year when {@code year} is null. */
    public MetricRef(String actor, String metric, Integer year) {
      this(actor, metric, year, false);
    }

    /** The supplier of a supply share ({@code scale-ai} in {@code share:scale-ai}), or null. */
    public String supplier() {
      return metric.startsWith(SHARE) ? metric.substring(SHARE.length()) : null;
    }

    @Override
    public Kind kind() {
      return Kind.NUMBER;
    }

    @Override
    public String toString() {
      return actor + "." + metric + (start ? "@start" : year == null ? "" : "@" + year);
    }

    private static void requireIdentifier(String name, String what) {
      if (name == null || !IDENTIFIER.matcher(name).matches()) {
        throw new IllegalArgumentException("not a valid " + what + " name: " + name);
      }
    }
  }

  /** {@code not x} or {@code -x}. */
  record Unary(UnaryOp op, Expr operand) implements Expr {
    public Unary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Kind kind() {
      return op.kind();
    }

    @Override
    public List<Expr> children() {
      return List.of(operand);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /** Two operands and an operator; see {@link BinaryOp} for the precedence levels. */
  record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    public Binary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public Kind kind() {
      return op.resultKind();
    }

    @Override
    public List<Expr> children() {
      return List.of(left, right);
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /** A call of a registered function; holds its spec so evaluation needs no registry. */
  record Call(FunctionSpec function, List<Expr> args) implements Expr {
    public Call {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
      if (args.size() != function.parameters().size()) {
        throw new IllegalArgumentException(function.name() + " takes "
            + function.parameters().size() + " argument(s), got " + args.size());
      }
    }

    public String name() {
      return function.name();
    }

    @Override
    public Kind kind() {
      return function.result() == Kind.ANY ? args.get(0).kind() : function.result();
    }

    @Override
    public List<Expr> children() {
      return args;
    }

    @Override
    public String toString() {
      return Printer.print(this);
    }
  }

  /** The canonical source of {@code expr} with each number literal written by {@code shown}. */
  static String print(Expr expr, Shown shown) {
    return Printer.print(expr, shown, null);
  }

  /**
   * The unit of the number {@code expr} comes to, as {@code unitOfMetric} gives each metric's:
   * a path's metric; a negation's, or a function's of one number ({@code effect}, {@code nodeal},
   * a percentile), its operand's; a sum's or difference's where both sides agree or one is a
   * literal; a product with, or a quotient by, a literal, the other side's. Null for anything
   * else, a literal on its own, a ratio of two quantities, a true/false value, or a null {@code
   * expr}: the language knows no units, so what it cannot tell it leaves unsaid.
   */
  static <U> U unit(Expr expr, Function<String, U> unitOfMetric) {
    if (expr instanceof MetricRef ref) {
      return unitOfMetric.apply(ref.metric());
    } else if (expr instanceof Unary u) {
      return u.op() == UnaryOp.NEGATE ? unit(u.operand(), unitOfMetric) : null;
    } else if (expr instanceof Call c) {
      return c.kind() == Kind.NUMBER && c.args().size() == 1 && c.args().get(0).kind() == Kind.NUMBER
          ? unit(c.args().get(0), unitOfMetric) : null;
    } else if (expr instanceof Binary b) {
      boolean literalLeft = b.left() instanceof Num;
      boolean literalRight = b.right() instanceof Num;
      switch (b.op()) {
        case ADD, SUBTRACT -> {
          U left = unit(b.left(), unitOfMetric);
          U right = unit(b.right(), unitOfMetric);
          return literalLeft ? right : literalRight || Objects.equals(left, right) ? left : null;
        }
        case MULTIPLY -> {
          return literalLeft ? unit(b.right(), unitOfMetric) : literalRight ? unit(b.left(), unitOfMetric) : null;
        }
        case DIVIDE -> {
          return literalRight ? unit(b.left(), unitOfMetric) : null;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  /** Every metric path in {@code expr}, in order of first appearance. */
  static Set<MetricRef> references(Expr expr) {
    Set<MetricRef> refs = new LinkedHashSet<>();
    walk(expr, e -> {
      if (e instanceof MetricRef ref) {
        refs.add(ref);
      }
    });
    return refs;
  }

  /** The rule names passed as literals to {@code fired(...)}, in order of first appearance. */
  static Set<String> firedRules(Expr expr) {
    Set<String> rules = new LinkedHashSet<>();
    walk(expr, e -> {
      if (e instanceof Call call && call.name().equals(Functions.FIRED.name())
          && call.args().get(0) instanceof Str rule) {
        rules.add(rule.value());
      }
    });
    return rules;
  }

  /** Visits {@code expr} and all its subexpressions, parents before children, left to right. */
  static void walk(Expr expr, Consumer<Expr> visitor) {
    visitor.accept(expr);
    expr.children().forEach(child -> walk(child, visitor));
  }
}

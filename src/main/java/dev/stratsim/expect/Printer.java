package dev.stratsim.expect;

import dev.stratsim.expect.Expr.Binary;
import dev.stratsim.expect.Expr.Call;
import dev.stratsim.expect.Expr.Num;
import dev.stratsim.expect.Expr.Unary;
import java.util.stream.Collectors;

/**
 * Canonical source for a tree: single spaces around infix operators and only the parentheses the
 * precedence levels require, so equal trees print equally and the text parses back to the tree.
 */
final class Printer {
  // Literals, paths, calls and parenthesised text bind tighter than any operator.
  private static final int ATOM = 8;

  private Printer() {}

  static String print(Expr expr) {
    return print(expr, Shown.AS_WRITTEN, null);
  }

  /**
   * The same text with each number literal written by {@code shown}.
   *
   * @param measured what a literal {@code expr} is set against ({@link Shown#number}), or null
   */
  static String print(Expr expr, Shown shown, Expr measured) {
    // Pattern matching in switch is not final before Java 21.
    if (expr instanceof Num n) {
      String written = n.toString();
      return shown == Shown.AS_WRITTEN ? written : shown.number(n.value(), written, measured);
    } else if (expr instanceof Unary u) {
      return unary(u, shown, measured);
    } else if (expr instanceof Binary b) {
      return binary(b, shown, measured);
    } else if (expr instanceof Call c) {
      return c.name() + c.args().stream().map(a -> print(a, shown, null)).collect(Collectors.joining(", ", "(", ")"));
    }
    return expr.toString(); // the other leaves print themselves
  }

  private static String unary(Unary u, Shown shown, Expr measured) {
    // A negated literal measures what the literal would.
    Expr inner = u.op() == UnaryOp.NOT ? null : measured;
    String operand = wrap(u.operand(), level(u.operand()) < u.op().level(), shown, inner);
    if (u.op() == UnaryOp.NOT) {
      return "not " + operand;
    }
    // "--x" parses fine but reads like a decrement operator.
    return "-" + (operand.startsWith("-") ? "(" + operand + ")" : operand);
  }

  private static String binary(Binary b, Shown shown, Expr measured) {
    int level = b.op().level();
    // Left-associative levels need parentheses only for a looser left operand; comparisons are
    // non-associative, so an equal level needs them on both sides.
    boolean left = level(b.left()) < level || (b.op().isComparison() && level(b.left()) == level);
    boolean right = level(b.right()) <= level;
    return wrap(b.left(), left, shown, partner(b, b.right(), measured)) + " " + b.op().symbol() + " "
        + wrap(b.right(), right, shown, partner(b, b.left(), measured));
  }

  /**
   * What an operand of {@code b} is set against: the other operand of a comparison, a sum or a
   * difference (of a sum with a literal, what the sum is set against); nothing in a product, a
   * quotient or a logical operator, where the operands count different things.
   */
  private static Expr partner(Binary b, Expr other, Expr measured) {
    if (b.op().isComparison()) {
      return other;
    }
    if (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUBTRACT) {
      return other instanceof Num ? measured : other;
    }
    return null;
  }

  private static String wrap(Expr expr, boolean parenthesise, Shown shown, Expr measured) {
    String text = shown == Shown.AS_WRITTEN ? expr.toString() : print(expr, shown, measured);
    return parenthesise ? "(" + text + ")" : text;
  }

  private static int level(Expr expr) {
    if (expr instanceof Unary u) {
      return u.op().level();
    }
    return expr instanceof Binary b ? b.op().level() : ATOM;
  }
}

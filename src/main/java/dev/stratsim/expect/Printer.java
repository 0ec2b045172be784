package dev.stratsim.expect;

import dev.stratsim.expect.Expr.Binary;
import dev.stratsim.expect.Expr.Call;
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
    // Pattern matching in switch is not final before Java 21.
    if (expr instanceof Unary u) {
      return unary(u);
    } else if (expr instanceof Binary b) {
      return binary(b);
    } else if (expr instanceof Call c) {
      return c.name()
          + c.args().stream().map(Expr::toString).collect(Collectors.joining(", ", "(", ")"));
    }
    return expr.toString(); // leaves print themselves
  }

  private static String unary(Unary u) {
    String operand = wrap(u.operand(), level(u.operand()) < u.op().level());
    if (u.op() == UnaryOp.NOT) {
      return "not " + operand;
    }
    // "--x" parses fine but reads like a decrement operator.
    return "-" + (operand.startsWith("-") ? "(" + operand + ")" : operand);
  }

  private static String binary(Binary b) {
    int level = b.op().level();
    // Left-associative levels need parentheses only for a looser left operand; comparisons are
    // non-associative, so an equal level needs them on both sides.
    boolean left = level(b.left()) < level || (b.op().isComparison() && level(b.left()) == level);
    boolean right = level(b.right()) <= level;
    return wrap(b.left(), left) + " " + b.op().symbol() + " " + wrap(b.right(), right);
  }

  private static String wrap(Expr expr, boolean parenthesise) {
    return parenthesise ? "(" + expr + ")" : expr.toString();
  }

  private static int level(Expr expr) {
    if (expr instanceof Unary u) {
      return u.op().level();
    }
    return expr instanceof Binary b ? b.op().level() : ATOM;
  }
}

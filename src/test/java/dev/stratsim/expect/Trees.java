package dev.stratsim.expect;

import dev.stratsim.expect.Expr.Binary;
import dev.stratsim.expect.Expr.Call;
import dev.stratsim.expect.Expr.Unary;
import java.util.stream.Collectors;

/** Shows a tree's structure, which toString hides by leaving out needless parentheses. */
final class Trees {
  private Trees() {}

  /** One line, every operator parenthesised: {@code (- (- 1 2) 3)}. */
  static String sexpr(Expr expr) {
    if (expr instanceof Unary u) {
      return "(" + label(u) + " " + sexpr(u.operand()) + ")";
    } else if (expr instanceof Binary b) {
      return "(" + b.op().symbol() + " " + sexpr(b.left()) + " " + sexpr(b.right()) + ")";
    } else if (expr instanceof Call c) {
      return "(" + c.name() + c.args().stream().map(a -> " " + sexpr(a))
          .collect(Collectors.joining()) + ")";
    }
    return expr.toString();
  }

  /** One node a line, children indented two spaces under their parent. */
  static String indented(Expr expr) {
    StringBuilder out = new StringBuilder();
    indented(expr, "", out);
    return out.toString();
  }

  private static void indented(Expr expr, String indent, StringBuilder out) {
    String label = expr instanceof Unary u ? label(u)
        : expr instanceof Binary b ? b.op().symbol()
        : expr instanceof Call c ? c.name() + "(...)"
        : expr.toString();
    out.append(indent).append(label).append('\n');
    expr.children().forEach(child -> indented(child, indent + "  ", out));
  }

  // "neg" rather than "-", so a one-child node does not read as a subtraction.
  private static String label(Unary u) {
    return u.op() == UnaryOp.NOT ? "not" : "neg";
  }
}

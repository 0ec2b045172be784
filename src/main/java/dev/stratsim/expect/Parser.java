package dev.stratsim.expect;

import dev.stratsim.expect.Expr.Binary;
import dev.stratsim.expect.Expr.Bool;
import dev.stratsim.expect.Expr.Call;
import dev.stratsim.expect.Expr.MetricRef;
import dev.stratsim.expect.Expr.Num;
import dev.stratsim.expect.Expr.Str;
import dev.stratsim.expect.Expr.Unary;
import dev.stratsim.expect.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recursive descent, one method per precedence level, type-checking each operand as soon as it
 * is read so errors come in reading order.
 */
final class Parser {
  private static final Map<String, BinaryOp> COMPARISONS = Map.of("==", BinaryOp.EQ, "!=",
      BinaryOp.NE, "<", BinaryOp.LT, "<=", BinaryOp.LE, ">", BinaryOp.GT, ">=", BinaryOp.GE);

  /**
   * An expression, where its text starts (for type errors that point at an operand) and how deep
   * its tree is.
   */
  private record Parsed(Expr expr, int column, int depth) {
    Kind kind() {
      return expr.kind();
    }
  }

  /** The longest expression text: far beyond any real check, and cheap to read. */
  static final int MAX_LENGTH = 1_000;
  /**
   * How deep parentheses, 'not' and '-' may nest while parsing, and how deep the tree may grow
   * (a chain {@code 1 + 1 + ...} is as deep as it has operators): far beyond any real check, well
   * within the Java stack of the code that evaluates and prints a tree.
   */
  static final int MAX_DEPTH = 200;
  private static final String TOO_DEEP = "expression nests too deeply (more than " + MAX_DEPTH
      + " operators or parentheses inside one another); split it into several";

  private final Lexer lexer;
  private final Functions functions;
  private Token current;
  private Token previous; // what an operand was expected after, for "expected ... after '<='"
  private int nesting;

  private Parser(String text, Functions functions) {
    this.lexer = new Lexer(text);
    this.functions = functions;
    this.current = lexer.next();
  }

  /** Parses all of {@code text}; as a {@code check} it must be true/false. */
  static Expr parse(String text, Functions functions, boolean check) {
    if (text.length() > MAX_LENGTH) {
      throw new ExpressionException("expression is too long (" + text.length() + " characters; the limit is "
          + MAX_LENGTH + "); split it into several", MAX_LENGTH + 1);
    }
    Parser parser = new Parser(text, functions);
    Parsed result = parser.or();
    if (!parser.current.is(Type.END)) {
      throw parser.current.is(Type.CLOSE)
          ? new ExpressionException("unmatched ')'", parser.current.column())
          : parser.unexpected("an operator or end of input");
    }
    if (check && result.kind() != Kind.BOOLEAN) {
      throw new ExpressionException(
          "expected a true/false check, found " + result.kind().phrase(), result.column());
    }
    return result.expr();
  }

  private Parsed or() {
    Parsed left = and();
    while (current.is("or")) {
      left = logical(left, BinaryOp.OR, this::and);
    }
    return left;
  }

  private Parsed and() {
    Parsed left = not();
    while (current.is("and")) {
      left = logical(left, BinaryOp.AND, this::not);
    }
    return left;
  }

  private Parsed logical(Parsed left, BinaryOp op, Supplier<Parsed> operand) {
    require(left, Kind.BOOLEAN, "before '" + op.symbol() + "'");
    advance();
    Parsed right = operand.get();
    require(right, Kind.BOOLEAN, "after '" + op.symbol() + "'");
    return node(new Binary(op, left.expr(), right.expr()), left.column(), left, right);
  }

  private Parsed not() {
    if (!current.is("not")) {
      return comparison();
    }
    Token not = nest();
    Parsed operand = not();
    nesting--;
    require(operand, Kind.BOOLEAN, "after 'not'");
    return node(new Unary(UnaryOp.NOT, operand.expr()), not.column(), operand);
  }

  private Parsed comparison() {
    Parsed left = additive();
    BinaryOp op = comparisonAt(current);
    if (op == null) {
      return left;
    }
    if (!op.isEquality()) {
      require(left, Kind.NUMBER, "before '" + op.symbol() + "'");
    }
    advance();
    Parsed right = additive();
    if (!op.isEquality()) {
      require(right, Kind.NUMBER, "after '" + op.symbol() + "'");
    } else if (right.kind() != left.kind()) {
      throw new ExpressionException("expected " + left.kind().phrase() + " after '"
          + op.symbol() + "' to match the left side, found " + right.kind().phrase(),
          right.column());
    }
    if (comparisonAt(current) != null) {
      // a < b < c reads as a range test, but would compare a boolean with c.
      throw new ExpressionException("cannot chain comparisons; join them with 'and'",
          current.column());
    }
    return node(new Binary(op, left.expr(), right.expr()), left.column(), left, right);
  }

  private Parsed additive() {
    Parsed left = multiplicative();
    while (current.is("+") || current.is("-")) {
      left = arithmetic(left, current.is("+") ? BinaryOp.ADD : BinaryOp.SUBTRACT, true);
    }
    return left;
  }

  private Parsed multiplicative() {
    Parsed left = unary();
    while (current.is("*") || current.is("/")) {
      left = arithmetic(left, current.is("*") ? BinaryOp.MULTIPLY : BinaryOp.DIVIDE, false);
    }
    return left;
  }

  private Parsed arithmetic(Parsed left, BinaryOp op, boolean additive) {
    require(left, Kind.NUMBER, "before '" + op.symbol() + "'");
    advance();
    Parsed right = additive ? multiplicative() : unary();
    require(right, Kind.NUMBER, "after '" + op.symbol() + "'");
    return node(new Binary(op, left.expr(), right.expr()), left.column(), left, right);
  }

  private Parsed unary() {
    if (!current.is("-")) {
      return atom();
    }
    Token minus = nest();
    Parsed operand = unary();
    nesting--;
    require(operand, Kind.NUMBER, "after '-'");
    return node(new Unary(UnaryOp.NEGATE, operand.expr()), minus.column(), operand);
  }

  private Parsed atom() {
    Token token = current;
    switch (token.type()) {
      case NUMBER:
        advance();
        return new Parsed(new Num((Double) token.value()), token.column(), 1);
      case PATH:
        advance();
        return new Parsed((MetricRef) token.value(), token.column(), 1);
      case OPEN:
        return parenthesised();
      case STRING:
        throw new ExpressionException(
            "a string is only allowed as a function argument, as in fired(\"...\")",
            token.column());
      case NAME:
        if (token.is("true") || token.is("false")) {
          advance();
          return new Parsed(new Bool(token.is("true")), token.column(), 1);
        }
        if (!Lexer.isKeyword(token.text())) {
          advance();
          return name(token);
        }
        throw unexpected(operandWanted());
      default:
        throw unexpected(operandWanted());
    }
  }

  private Parsed parenthesised() {
    Token open = nest();
    Parsed inner = or();
    nesting--;
    if (!current.is(Type.CLOSE)) {
      throw unclosedOr(open, unexpected("an operator or ')'"));
    }
    advance();
    return new Parsed(inner.expr(), open.column(), inner.depth());
  }

  /** A bare name: only a function call is valid, since a metric path was lexed whole. */
  private Parsed name(Token name) {
    if (current.is(Type.OPEN)) {
      return call(name);
    }
    if (functions.lookup(name.text()).isPresent()) {
      throw new ExpressionException("expected '(' after '" + name.text() + "'", current.column());
    }
    if (Lexer.isKeyword(name.text().toLowerCase())) {
      throw new ExpressionException("keywords are lowercase: write '"
          + name.text().toLowerCase() + "'", name.column());
    }
    throw new ExpressionException(
        "expected '.' and a metric name after '" + name.text() + "'", current.column());
  }

  private Parsed call(Token name) {
    FunctionSpec spec = functions.lookup(name.text()).orElseThrow(() -> new ExpressionException(
        "unknown function '" + name.text() + "'" + Suggest.hint(name.text(), functions.names()),
        name.column()));
    Token open = advance();
    int arity = spec.parameters().size();
    List<Parsed> args = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      if (i > 0) {
        if (!current.is(Type.COMMA)) {
          throw unclosedOr(open, unexpected("',' and argument " + (i + 1) + " of " + spec.name()));
        }
        advance();
      }
      args.add(argument(spec, i));
    }
    if (!current.is(Type.CLOSE)) {
      throw unclosedOr(open, current.is(Type.COMMA) || arity == 0
          ? new ExpressionException("expected ')': " + takes(spec), current.column())
          : unexpected("')' after the last argument of " + spec.name()));
    }
    advance();
    return node(new Call(spec, args.stream().map(Parsed::expr).toList()), name.column(),
        args.toArray(Parsed[]::new));
  }

  /** At the end of input the '(' is what needs fixing, so point there; else {@code error}. */
  private ExpressionException unclosedOr(Token open, ExpressionException error) {
    return current.is(Type.END)
        ? new ExpressionException("expected a ')' to close this '('", open.column()) : error;
  }

  private Parsed argument(FunctionSpec spec, int index) {
    Kind wanted = spec.parameters().get(index);
    String where = " as argument " + (index + 1) + " of " + spec.name();
    if (current.is(Type.CLOSE) || current.is(Type.COMMA) || wanted == Kind.STRING) {
      if (wanted == Kind.STRING && current.is(Type.STRING)) {
        Token string = advance();
        return new Parsed(new Str((String) string.value()), string.column(), 1);
      }
      throw unexpected((wanted == Kind.STRING ? "a string in double quotes" : wanted.phrase())
          + where);
    }
    Parsed arg = or();
    if (wanted != Kind.ANY) {
      require(arg, wanted, where.substring(1));
    }
    return arg;
  }

  private static String takes(FunctionSpec spec) {
    int n = spec.parameters().size();
    return spec.name() + " takes " + (n == 0 ? "no arguments" : n == 1 ? "1 argument"
        : n + " arguments");
  }

  /** What an operand was expected to be, judging by the token before it. */
  private String operandWanted() {
    if (previous == null) {
      return "an expression";
    }
    String after = " after '" + previous.text() + "'";
    if (previous.is("and") || previous.is("or") || previous.is("not")) {
      return Kind.BOOLEAN.phrase() + after;
    }
    if (previous.is("==") || previous.is("!=")) {
      return "a value" + after;
    }
    if (previous.is(Type.OPERATOR)) {
      return "a number or metric path" + after;
    }
    return previous.is(Type.COMMA) ? "an argument" + after : "an expression" + after;
  }

  /** {@code expected WANTED, found CURRENT}, with a hint for the usual slips. */
  private ExpressionException unexpected(String wanted) {
    StringBuilder message = new StringBuilder("expected ").append(wanted);
    if (!current.is(Type.END)) {
      message.append(", found ").append(current.describe());
    }
    if (current.is(Type.NAME) && !Lexer.isKeyword(current.text())
        && Lexer.isKeyword(current.text().toLowerCase())) {
      message.append("; keywords are lowercase");
    } else if (current.is("not") && previous != null
        && (previous.is("==") || previous.is("!="))) {
      // 'not' binds looser than '==', so it cannot start the right side unparenthesised.
      message.append("; put parentheses around 'not ...'");
    } else if (previous != null && previous.text().endsWith("-")
        && (previous.is(Type.PATH) || previous.is(Type.NAME))) {
      message.append("; a '-' ending a name is part of it");
    }
    return new ExpressionException(message.toString(), current.column());
  }

  private static BinaryOp comparisonAt(Token token) {
    return token.is(Type.OPERATOR) ? COMPARISONS.get(token.text()) : null;
  }

  /** A tree node over {@code children}, refused when the tree would grow too deep. */
  private Parsed node(Expr expr, int column, Parsed... children) {
    int depth = 1;
    for (Parsed child : children) {
      depth = Math.max(depth, child.depth() + 1);
    }
    if (depth > MAX_DEPTH) {
      throw new ExpressionException(TOO_DEEP, current.column());
    }
    return new Parsed(expr, column, depth);
  }

  /** {@link #advance()} past a token that opens a nested operand. */
  private Token nest() {
    if (++nesting > MAX_DEPTH) {
      throw new ExpressionException(TOO_DEEP, current.column());
    }
    return advance();
  }

  /** Reads past the current token and returns it. */
  private Token advance() {
    previous = current;
    current = lexer.next();
    return previous;
  }

  private static void require(Parsed operand, Kind wanted, String where) {
    if (operand.kind() != wanted) {
      throw new ExpressionException(
          "expected " + wanted.phrase() + " " + where + ", found " + operand.kind().phrase(),
          operand.column());
    }
  }
}

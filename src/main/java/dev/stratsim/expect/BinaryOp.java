package dev.stratsim.expect;

/** The infix operators, listed by precedence level from loosest to tightest. */
public enum BinaryOp {
  OR("or", 1),
  AND("and", 2),
  // Level 3 is the prefix 'not', see UnaryOp.
  EQ("==", 4),
  NE("!=", 4),
  LT("<", 4),
  LE("<=", 4),
  GT(">", 4),
  GE(">=", 4),
  ADD("+", 5),
  SUBTRACT("-", 5),
  MULTIPLY("*", 6),
  DIVIDE("/", 6);

  private final String symbol;
  private final int level;

  BinaryOp(String symbol, int level) {
    this.symbol = symbol;
    this.level = level;
  }

  public String symbol() {
    return symbol;
  }

  /** Precedence level; higher binds tighter. */
  int level() {
    return level;
  }

  /** {@code == != < <= > >=}: non-associative, produce a true/false value. */
  public boolean isComparison() {
    return level == 4;
  }

  /** {@code == !=}, which accept any kind as long as both sides agree. */
  public boolean isEquality() {
    return this == EQ || this == NE;
  }

  /** {@code + - * /}: numbers in, a number out. */
  public boolean isArithmetic() {
    return level >= 5;
  }

  /** {@code and or}: true/false values in and out. */
  public boolean isLogical() {
    return level <= 2;
  }

  /** The kind of its operands, or null for {@code ==} and {@code !=}, which take either. */
  Kind operandKind() {
    return isLogical() ? Kind.BOOLEAN : isEquality() ? null : Kind.NUMBER;
  }

  public Kind resultKind() {
    return isArithmetic() ? Kind.NUMBER : Kind.BOOLEAN;
  }
}

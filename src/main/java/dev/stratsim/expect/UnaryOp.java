package dev.stratsim.expect;

/** The prefix operators; {@code not} binds looser than comparisons, {@code -} tighter than all. */
public enum UnaryOp {
  NOT("not", Kind.BOOLEAN, 3),
  NEGATE("-", Kind.NUMBER, 7);

  private final String symbol;
  private final Kind kind;
  private final int level;

  UnaryOp(String symbol, Kind kind, int level) {
    this.symbol = symbol;
    this.kind = kind;
    this.level = level;
  }

  public String symbol() {
    return symbol;
  }

  /** Both the operand's and the result's kind. */
  public Kind kind() {
    return kind;
  }

  /** Precedence level, comparable with {@link BinaryOp#level()}; higher binds tighter. */
  int level() {
    return level;
  }
}

package dev.stratsim.expect;

import java.util.Objects;

/**
 * Parses the {@code expect:} expression language. It is parsed here and only here: an expression
 * is never handed to MVEL, Java or a script engine, so a scenario file cannot run code.
 *
 * <pre>
 * expr       = or
 * or         = and { "or" and }
 * and        = not { "and" not }
 * not        = "not" not | comparison
 * comparison = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]   -- no chains
 * sum        = product { ("+" | "-") product }
 * product    = unary { ("*" | "/") unary }
 * unary      = "-" unary | atom
 * atom       = NUMBER | "true" | "false" | PATH | NAME "(" [ arg { "," arg } ] ")" | "(" expr ")"
 * arg        = STRING | expr
 * PATH       = IDENT "." IDENT [ "@" DIGITS ]        -- no spaces inside
 * IDENT      = [A-Za-z_][A-Za-z0-9_-]*
 * NUMBER     = DIGITS [ "." DIGITS ] [ ("e" | "E") [ "+" | "-" ] DIGITS ]
 * STRING     = '"' { any character, or \" or \\ } '"'
 * </pre>
 *
 * <p><b>Hyphens belong to names.</b> Actor ids such as {@code scale-ai} contain hyphens, so a
 * {@code -} between letters or digits is part of the identifier: {@code meta.data-2} is the
 * metric {@code data-2}, not a subtraction. Put spaces around a minus that subtracts: {@code
 * meta.data - 2}, {@code google.index@2027 - meta.index@2027}.
 *
 * <p>{@code actor.metric} without {@code @year} means the run's last year. Keywords ({@code and or
 * not true false}) are lowercase. Strings appear only as function arguments, as in {@code
 * fired("Neutrality loss drives customers away")}.
 *
 * <p>Kinds are checked while parsing: {@code + - * / < <= > >=} take numbers, {@code and or not}
 * take true/false values, {@code == !=} take two of the same kind, and function arguments take
 * what the function's {@link FunctionSpec} declares. Errors are {@link ExpressionException}s with
 * a one-line message and a 1-based column.
 */
public final class ExpressionParser {
  private ExpressionParser() {}

  /** Parses an expression of any kind with the {@link Functions#defaults() default functions}. */
  public static Expr parse(String text) {
    return parse(text, Functions.defaults());
  }

  /** Parses an expression of any kind, calling only {@code functions}. */
  public static Expr parse(String text, Functions functions) {
    return Parser.parse(Objects.requireNonNull(text, "text"), functions, false);
  }

  /** Parses a check: an expression that must be true/false, as every {@code expect:} entry is. */
  public static Expr parseCheck(String text) {
    return parseCheck(text, Functions.defaults());
  }

  /** Parses a check, calling only {@code functions}. */
  public static Expr parseCheck(String text, Functions functions) {
    return Parser.parse(Objects.requireNonNull(text, "text"), functions, true);
  }
}

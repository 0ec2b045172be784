package dev.stratsim.expect;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A function the expression language knows: its signature, checked while parsing, and its body,
 * run by {@link Evaluator}.
 *
 * <p>Records compare bodies by identity, so register each spec once and share it.
 *
 * @param parameters the kind of each argument, in order; {@link Kind#ANY} takes a number or a
 *     true/false value
 * @param result the kind of the call's value; {@link Kind#ANY} for the kind of the first argument
 */
public record FunctionSpec(String name, List<Kind> parameters, Kind result, Body body) {

  /** Computes a call's value. */
  @FunctionalInterface
  public interface Body {
    /**
     * @param args the unevaluated arguments, so that an aggregate such as {@code P(expr)} can
     *     evaluate them once per Monte Carlo sample
     * @param facts what the call is evaluated against
     * @param evaluate evaluates an argument against {@code facts}, listing what it sees in the
     *     call's {@link Evaluation}; returns a Double, Boolean or String
     * @return a Double or Boolean as {@link #result()} says
     */
    Object apply(List<Expr> args, Facts facts, Function<Expr, Object> evaluate);
  }

  public FunctionSpec {
    if (name == null || !Expr.IDENTIFIER.matcher(name).matches() || Lexer.isKeyword(name)) {
      throw new IllegalArgumentException("not a valid function name: " + name);
    }
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(body, "body");
    if (result == Kind.STRING) {
      throw new IllegalArgumentException(name + ": a function cannot return a string");
    }
    if (result == Kind.ANY && (parameters.isEmpty() || parameters.get(0) != Kind.ANY)) {
      throw new IllegalArgumentException(name + ": a result of any kind takes the kind of the first"
          + " argument, which must then take any kind");
    }
  }

  /** {@code fired(string) -> true/false}, as an error message or a listing shows it. */
  public String signature() {
    return name + parameters.stream().map(k -> k.name().toLowerCase())
        .collect(Collectors.joining(", ", "(", ")"))
        + " -> " + result.name().toLowerCase();
  }

  @Override
  public String toString() {
    return signature();
  }
}

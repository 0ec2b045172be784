package dev.stratsim.expect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions a parser accepts, by name. Immutable: {@link #with} returns an extended copy, so
 * a feature can add its functions (say {@code P(boolean)} over Monte Carlo samples) without
 * affecting anyone else's parser.
 */
public final class Functions {
  /** {@code fired("rule name")}: whether the named rule fired at any time in the run. */
  public static final FunctionSpec FIRED =
      new FunctionSpec("fired", List.of(Kind.STRING), Kind.BOOLEAN,
          (args, facts, evaluate) -> facts.fired((String) evaluate.apply(args.get(0))));

  /**
   * {@code nodeal(x)}: {@code x} in the same scenario without its deals, a number or a true/false
   * value as {@code x} is. What it looked at there is summed up as the call's own value.
   */
  public static final FunctionSpec NODEAL =
      new FunctionSpec("nodeal", List.of(Kind.ANY), Kind.ANY,
          (args, facts, evaluate) -> Evaluator.evaluate(args.get(0), facts.withoutDeals()).value());

  /**
   * {@code effect(x)}: {@code x} minus {@code nodeal(x)}, what the deals change in a number. Both
   * sides are listed among the values seen, so a report shows the three numbers.
   */
  public static final FunctionSpec EFFECT =
      new FunctionSpec("effect", List.of(Kind.NUMBER), Kind.NUMBER,
          (args, facts, evaluate) -> (Double) evaluate.apply(args.get(0))
              - (Double) evaluate.apply(new Expr.Call(NODEAL, args)));

  private static final Functions DEFAULTS =
      new Functions(Map.of()).with(FIRED).with(EFFECT).with(NODEAL);

  private final Map<String, FunctionSpec> byName;

  private Functions(Map<String, FunctionSpec> byName) {
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  /** What {@link ExpressionParser#parse(String)} uses: {@code fired}, {@code effect}, {@code nodeal}. */
  public static Functions defaults() {
    return DEFAULTS;
  }

  /** No functions at all, for a registry built from scratch. */
  public static Functions none() {
    return new Functions(Map.of());
  }

  /** A copy that also knows {@code spec}; a name may be registered only once. */
  public Functions with(FunctionSpec spec) {
    if (byName.containsKey(spec.name())) {
      throw new IllegalArgumentException("function " + spec.name() + " is already registered");
    }
    Map<String, FunctionSpec> more = new LinkedHashMap<>(byName);
    more.put(spec.name(), spec);
    return new Functions(more);
  }

  public Optional<FunctionSpec> lookup(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The registered names, in registration order. */
  public Set<String> names() {
    return byName.keySet();
  }
}

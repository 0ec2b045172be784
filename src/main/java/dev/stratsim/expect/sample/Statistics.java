package dev.stratsim.expect.sample;

import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.expect.Facts;
import dev.stratsim.expect.FunctionSpec;
import dev.stratsim.expect.Functions;
import dev.stratsim.expect.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The functions of {@code expect_simulated:} checks, which summarise an expression over Monte
 * Carlo samples: {@code P(check)} is the share of samples in which the check holds, {@code
 * P5(number)} .. {@code P95(number)} are percentiles (linear interpolation, as {@code simulate}
 * reports them) and {@code mean(number)} the mean. Everything else is the {@code expect:} language.
 */
public final class Statistics {
  /** The percentiles a check can name, as {@code P5(...)} .. {@code P95(...)}. */
  public static final List<Integer> PERCENTILES = List.of(5, 10, 25, 50, 75, 90, 95);

  private static final List<FunctionSpec> SPECS = specs();
  private static final Functions FUNCTIONS = SPECS.stream()
      .reduce(Functions.defaults(), Functions::with, (a, b) -> b);

  private Statistics() {}

  private static List<FunctionSpec> specs() {
    List<FunctionSpec> specs = new ArrayList<>();
    specs.add(new FunctionSpec("P", List.of(Kind.BOOLEAN), Kind.NUMBER,
        (args, facts, evaluate) -> samples(facts, "P").probability(args.get(0))));
    for (int p : PERCENTILES) {
      String name = "P" + p;
      specs.add(new FunctionSpec(name, List.of(Kind.NUMBER), Kind.NUMBER,
          (args, facts, evaluate) -> samples(facts, name).percentile(args.get(0), p)));
    }
    specs.add(new FunctionSpec("mean", List.of(Kind.NUMBER), Kind.NUMBER,
        (args, facts, evaluate) -> samples(facts, "mean").mean(args.get(0))));
    return List.copyOf(specs);
  }

  private static Samples samples(Facts facts, String function) {
    if (facts instanceof Samples samples) {
      return samples;
    }
    throw new EvaluationException(function + "(...) reads Monte Carlo samples; write the check under expect_simulated:");
  }

  /** The {@code expect:} functions and the statistical ones. */
  public static Functions functions() {
    return FUNCTIONS;
  }

  /**
   * Parses a statistical check.
   *
   * @throws dev.stratsim.expect.ExpressionException on a syntax or kind error, with its column
   */
  public static Expr parse(String text) {
    return ExpressionParser.parseCheck(text, FUNCTIONS);
  }

  /** Whether {@code expr} calls one of the statistical functions. */
  public static boolean isStatistic(Expr expr) {
    // By identity: a registry built elsewhere may use the same names for something else.
    return expr instanceof Expr.Call call && SPECS.stream().anyMatch(s -> s == call.function());
  }

  /**
   * What the samples must provide for {@code check}: the argument of every statistic it calls, in
   * order of first appearance, each once.
   */
  public static Set<Expr> arguments(Expr check) {
    Set<Expr> arguments = new LinkedHashSet<>();
    Expr.walk(check, e -> {
      if (isStatistic(e)) {
        arguments.add(((Expr.Call) e).args().get(0));
      }
    });
    return arguments;
  }

  /**
   * Why {@code check} cannot be evaluated over samples, if it cannot: it reads a metric or {@code
   * fired(...)} outside a statistic (a value per sample, not one value), nests a statistic inside
   * another, or reads no samples at all.
   */
  public static Optional<String> misuse(Expr check) {
    Optional<String> inside = misuse(check, null);
    if (inside.isPresent()) {
      return inside;
    }
    return arguments(check).isEmpty()
        ? Optional.of("it reads no samples; use P(...), a percentile such as P50(...) or mean(...)")
        : Optional.empty();
  }

  private static Optional<String> misuse(Expr expr, Expr.Call within) {
    if (isStatistic(expr)) {
      if (within != null) {
        return Optional.of(expr + " is inside " + within.name() + "(...): a statistic reads each sample's"
            + " value, not another statistic");
      }
      return misuse(((Expr.Call) expr).args().get(0), (Expr.Call) expr);
    }
    if (within == null && expr instanceof Expr.MetricRef ref) {
      return Optional.of("it reads " + ref + " outside P(...), a percentile or mean(...), but each sample has its"
          + " own value: write e.g. P50(" + ref + "), or P(...) around a comparison");
    }
    if (within == null && expr instanceof Expr.Call call
        && (call.function() == Functions.EFFECT || call.function() == Functions.NODEAL)) {
      return Optional.of("it reads " + call + " outside P(...), a percentile or mean(...), but each sample has its"
          + " own value: write e.g. " + (call.kind() == Kind.BOOLEAN ? "P(" : "P50(") + call + ")");
    }
    if (within == null && expr instanceof Expr.Call call && call.function() == Functions.FIRED) {
      return Optional.of("it reads " + call + " outside P(...), but each sample has its own value: write P("
          + call + ")");
    }
    for (Expr child : expr.children()) {
      Optional<String> found = misuse(child, within);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}

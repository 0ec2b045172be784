package dev.stratsim.evaluation;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleInfo;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.expect.Evaluation;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.expect.Evaluator;
import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionParser;
import dev.stratsim.expect.sample.Statistics;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Expectation;
import dev.stratsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a scenario's {@code expect:} entries against its projection. */
public final class Expectations {
  private Expectations() {}

  /**
   * Problems with expectations, plain, statistical or of what followed, that name a rule the rule set does not
   * have: a typo in {@code fired("...")} would otherwise just fail forever.
   */
  public static List<Problem> unknownRules(List<Scenario> scenarios, RuleSet rules) {
    Set<String> known = rules.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
    List<Problem> problems = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      for (Expectation expectation : scenario.expectations()) {
        unknownRules(expectation, ExpressionParser.parseCheck(expectation.text()), known, rules, problems);
      }
      for (Expectation entry : scenario.followed()) {
        unknownRules(entry, ExpressionParser.parseCheck(entry.text()), known, rules, problems);
      }
      for (Expectation check : scenario.simulated().checks()) {
        unknownRules(check, Statistics.parse(check.text()), known, rules, problems);
      }
    }
    return problems;
  }

  private static void unknownRules(Expectation expectation, Expr expr, Set<String> known, RuleSet rules,
      List<Problem> problems) {
    for (String rule : Expr.firedRules(expr)) {
      if (!known.contains(rule)) {
        problems.add(Problem.at(expectation.file(), expectation.line(), expectation.column(),
            "fired(\"" + rule + "\") names no rule in the rules folder " + rules.dir()
                + DidYouMean.hint(rule, known, "check the rule's name in its .drl file")));
      }
    }
  }

  /**
   * The {@code expect:} and {@code followed:} entries of the projection's scenario that cannot be
   * evaluated on it at all - an actor, a metric or a year the run does not have - each at its
   * place in the file: mistakes in the file, which {@code lint} reports before anyone relies on
   * the check.
   */
  public static List<Problem> unevaluable(Projection projection) {
    ProjectionFacts facts = new ProjectionFacts(projection);
    List<Problem> problems = new ArrayList<>();
    List<Expectation> entries = new ArrayList<>(projection.scenario().expectations());
    entries.addAll(projection.scenario().followed());
    for (Expectation entry : entries) {
      try {
        Evaluator.evaluate(ExpressionParser.parseCheck(entry.text()), facts);
      } catch (EvaluationException e) {
        problems.add(Problem.at(entry.file(), entry.line(), entry.column(),
            "'" + entry.text() + "' cannot be evaluated: " + e.getMessage()));
      }
    }
    return problems;
  }

  public static List<Outcome> check(Projection projection) {
    return check(projection.scenario().expectations(), projection);
  }

  /** Each of {@code checks}, parsed when their scenario loaded, against {@code projection}. */
  public static List<Outcome> check(List<Expectation> checks, Projection projection) {
    ProjectionFacts facts = new ProjectionFacts(projection);
    return checks.stream().map(e -> check(e, facts)).toList();
  }

  private static Outcome check(Expectation expectation, ProjectionFacts facts) {
    // The loader has parsed every expectation already, so this cannot fail on syntax.
    Expr expr = ExpressionParser.parseCheck(expectation.text());
    try {
      Evaluation evaluation = Evaluator.evaluate(expr, facts);
      return new Outcome(expectation, expr, evaluation, null);
    } catch (EvaluationException e) {
      return new Outcome(expectation, expr, null, String.valueOf(e.getMessage()));
    }
  }
}

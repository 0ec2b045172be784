package dev.stratsim.scenario;

import dev.stratsim.expect.Expr;
import dev.stratsim.expect.ExpressionException;
import dev.stratsim.model.MetricDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.DidYouMean;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.UserText;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Parses the checks of {@code expect:} and {@code expect_simulated:} as the scenario loads, and
 * checks the actors, metrics and years they read, so a typo is caught before any run.
 */
final class CheckReader {
  private final Vocabulary vocabulary;
  private final Checker c;
  private final Map<String, Actor> actors;
  private final List<Relation> relations;
  private final Optional<Period> period;
  private final boolean partial;

  /**
   * @param partial whether the period, actors or relations had problems of their own: then what
   *     a check reads is not judged against them, since a metric left out for a bad value (or an
   *     actor for a bad role) would be blamed on a check that is right
   */
  CheckReader(Vocabulary vocabulary, Checker checker, Map<String, Actor> actors, List<Relation> relations,
      Optional<Period> period, boolean partial) {
    this.vocabulary = vocabulary;
    this.c = checker;
    this.actors = actors;
    this.relations = relations;
    this.period = period;
    this.partial = partial;
  }

  /**
   * The parsed check, or empty after reporting why it does not parse or reads something the
   * scenario does not have.
   *
   * @param path where the check is written, e.g. {@code expect[0]}
   * @param parser parses a check; throws {@link ExpressionException}
   * @param hint what to add to a parse error, given the text, or ""
   */
  Optional<Expr> read(String path, String text, Location at, Function<String, Expr> parser,
      UnaryOperator<String> hint) {
    Expr expr;
    try {
      expr = parser.apply(text);
    } catch (ExpressionException e) {
      String message = path + " does not parse: " + e.reason() + " in \"" + UserText.quote(text) + "\""
          + hint.apply(text);
      c.add(at.file() == null ? at.problem(message)
          : Problem.at(at.file(), at.line(), at.column() + e.column() - 1, message));
      return Optional.empty();
    }
    for (Expr.MetricRef ref : Expr.references(expr)) {
      String wrong = partial ? null : unknownReference(ref);
      if (wrong != null) {
        c.add(at.problem(path + " (\"" + UserText.quote(text) + "\") reads " + ref + ", but " + wrong));
        return Optional.empty();
      }
    }
    return Optional.of(expr);
  }

  /** Why a metric path cannot name anything in this scenario, or null if it can. */
  private String unknownReference(Expr.MetricRef ref) {
    Actor actor = actors.get(ref.actor());
    if (actor == null) {
      return "there is no actor '" + ref.actor() + "'" + DidYouMean.clause(ref.actor(), actors.keySet());
    }
    if (ref.year() != null && period.isPresent() && !period.get().contains(ref.year())) {
      return ref.year() + " is outside the period " + period.get().start() + ".." + period.get().end();
    }
    if (ref.supplier() != null) {
      return unknownSupplier(ref.actor(), ref.supplier());
    }
    boolean competes = actor.metrics().keySet().containsAll(vocabulary.pillars());
    if (ref.metric().equals("index") || ref.metric().equals("rank")) {
      return competes ? null : ref.actor() + " has no " + ref.metric() + ": only actors with every pillar ("
          + String.join(", ", vocabulary.pillars()) + ") compete and are ranked";
    }
    MetricDef def = vocabulary.metrics().get(ref.metric());
    if (actor.metrics().containsKey(ref.metric()) || (def != null && def.derived())) {
      return null;
    }
    List<String> known = new ArrayList<>(actor.metrics().keySet());
    if (competes) {
      known.addAll(List.of("index", "rank"));
    }
    return ref.actor() + " has no metric '" + ref.metric() + "'" + DidYouMean.hint(ref.metric(), known,
        "it has " + String.join(", ", known));
  }

  /**
   * Why {@code customer} has no share of {@code supplier}, or null if it has: the engine tracks a
   * share only for a relation the scenario lists.
   */
  private String unknownSupplier(String customer, String supplier) {
    List<String> suppliers = relations.stream().filter(r -> r.customer().equals(customer))
        .map(Relation::supplier).toList();
    if (suppliers.contains(supplier)) {
      return null;
    }
    String why = customer + " has no relation with supplier '" + supplier + "'";
    return why + DidYouMean.hint(supplier, suppliers, suppliers.isEmpty()
        ? "it buys from no supplier in relations" : "it buys from " + UserText.list(suppliers));
  }
}

package dev.stratsim.briefing.model;

import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.evaluation.Outcome;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.Deal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plain sentences at the top of a report, generated from the numbers of one case. Each
 * sentence states a number the report shows elsewhere; nothing is said that the numbers do not
 * show (no causes beyond the rules' own effects, no probabilities without samples).
 */
final class Summary {
  /** Contributions smaller than this (index points) are not worth a sentence. */
  private static final double NOTABLE = 0.05;

  private Summary() {}

  static List<String> of(Projection projection, Projection reference, String focus,
      Optional<Attribution> attribution, Vocabulary vocabulary, Function<String, String> names) {
    List<String> sentences = new ArrayList<>();
    YearResult start = projection.start();
    YearResult last = projection.last();
    String who = names.apply(focus);
    int year = last.year();
    if (last.ranks(focus) && start.ranks(focus)) {
      sentences.add(movement(who, start, last, focus, projection.first().year()));
      leader(last, focus, names).ifPresent(sentences::add);
      if (projection != reference && reference.scenario().period().contains(year)
          && reference.year(year).ranks(focus)) {
        sentences.add(against(who, last, reference, focus));
      }
      withoutDeals(who, projection, reference, focus).ifPresent(sentences::add);
    }
    attribution.ifPresent(a -> {
      contributions(who, a).ifPresent(sentences::add);
      sentences.add(risk(who, a));
    });
    target(projection, focus, vocabulary, names).ifPresent(sentences::add);
    expectations(projection).ifPresent(sentences::add);
    return List.copyOf(sentences);
  }

  private static String movement(String who, YearResult start, YearResult last, String focus, int first) {
    int from = start.rank().get(focus);
    int to = last.rank().get(focus);
    String arena = last.arenaOf(focus);
    long of = last.rank().keySet().stream().filter(actor -> last.arenaOf(actor).equals(arena)).count();
    String rank = from == to ? who + " stays " + Text.ordinal(to) + " of " + of
        : who + " moves from " + Text.ordinal(from) + " to " + Text.ordinal(to) + " of " + of;
    double a = start.index().get(focus);
    double b = last.index().get(focus);
    String index = Text.fixed1(a).equals(Text.fixed1(b)) ? "stays at " + Text.fixed1(b)
        : direction(a, b) + " from " + Text.fixed1(a) + " to " + Text.fixed1(b) + " (" + Text.shownChange(a, b) + ")";
    return rank + " between the start of " + first + " and " + last.year() + "; its index " + index + ".";
  }

  private static Optional<String> leader(YearResult last, String focus, Function<String, String> names) {
    String leader = last.rank().entrySet().stream()
        .filter(e -> e.getValue() == 1 && last.arenaOf(e.getKey()).equals(last.arenaOf(focus)))
        .map(Map.Entry::getKey).findFirst().orElse(null);
    if (leader == null || leader.equals(focus)) {
      return leader == null ? Optional.empty()
          : Optional.of(names.apply(focus) + " leads in " + last.year() + ".");
    }
    String gap = Text.shownDistance(last.index().get(leader), last.index().get(focus));
    return Optional.of(names.apply(leader) + " leads in " + last.year() + " with an index of "
        + Text.fixed1(last.index().get(leader)) + ", " + gap + " points ahead of "
        + names.apply(focus) + ".");
  }

  /**
   * What the scenario's deals change, against the same scenario without them: said unless the
   * sentence against the reference already says it (a reference that is that counterfactual).
   */
  private static Optional<String> withoutDeals(String who, Projection projection, Projection reference,
      String focus) {
    if (projection.scenario().deals().isEmpty()) {
      return Optional.empty();
    }
    YearResult last = projection.last();
    YearResult none = projection.withoutDeals().last();
    if (!none.ranks(focus)) {
      return Optional.empty();
    }
    double a = none.index().get(focus);
    double b = last.index().get(focus);
    if (projection != reference && reference.scenario().period().contains(last.year())
        && reference.year(last.year()).ranks(focus)
        && Text.fixed1(reference.year(last.year()).index().get(focus)).equals(Text.fixed1(a))
        && reference.year(last.year()).rank().get(focus).equals(none.rank().get(focus))) {
      return Optional.empty();
    }
    String effect = Text.fixed1(a).equals(Text.fixed1(b)) ? "the deals leave its index as it is"
        : "the deals " + (b > a ? "add " : "take away ") + Text.shownDistance(a, b) + " points (" + Text.fixed1(b) + ")";
    return Optional.of("Without its deals, " + who + " would rank " + Text.ordinal(none.rank().get(focus))
        + " in " + last.year() + " with an index of " + Text.fixed1(a) + "; " + effect + ".");
  }

  private static String against(String who, YearResult last, Projection reference, String focus) {
    YearResult then = reference.year(last.year());
    int rank = last.rank().get(focus);
    int was = then.rank().get(focus);
    double now = last.index().get(focus);
    double ref = then.index().get(focus);
    String distance = Text.shownDistance(now, ref);
    String ranks = rank == was ? who + " ranks " + Text.ordinal(rank) + " as in the reference"
        : who + " ranks " + Text.ordinal(rank) + " instead of " + Text.ordinal(was);
    String index = Text.fixed1(now).equals(Text.fixed1(ref)) ? "with the same index"
        : "with an index " + distance + " points " + (now > ref ? "higher" : "lower");
    return "Against " + Text.quoted(reference.scenario().title()) + " in " + last.year() + ", " + ranks
        + ", " + index + " (" + Text.fixed1(last.index().get(focus)) + " against "
        + Text.fixed1(then.index().get(focus)) + ").";
  }

  private static Optional<String> contributions(String who, Attribution a) {
    List<String> top = a.contributions().stream().filter(c -> c.index() >= NOTABLE).limit(2)
        .map(Summary::contribution).toList();
    if (top.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("The largest " + (top.size() == 1 ? "contribution" : "contributions") + " to "
        + who + "'s index " + (top.size() == 1 ? "is " : "are ") + Text.and(top) + ".");
  }

  private static String risk(String who, Attribution a) {
    return a.contributions().stream().filter(c -> c.index() <= -NOTABLE).findFirst()
        .map(c -> "The largest drag on " + who + "'s index is " + contribution(c) + ".")
        .orElse("No rule lowers " + who + "'s index by " + NOTABLE + " points or more.");
  }

  private static String contribution(Attribution.Contribution c) {
    List<String> points = c.points().entrySet().stream()
        .filter(e -> Math.abs(e.getValue()) >= 0.05)
        .map(e -> Text.signed1(e.getValue()) + " " + e.getKey()).toList();
    return Text.quoted(c.rule()) + " (" + Text.signed1(c.index()) + " index points"
        + (points.isEmpty() ? "" : ", from " + Text.and(points)) + ")";
  }

  /** What happens to the target of the focus actor's first deal, in its own numbers. */
  private static Optional<String> target(Projection projection, String focus, Vocabulary vocabulary,
      Function<String, String> names) {
    Optional<Deal> deal = projection.scenario().deals().stream().filter(d -> d.acquirer().equals(focus)).findFirst();
    if (deal.isEmpty()) {
      return Optional.empty();
    }
    String target = deal.get().target();
    YearResult start = projection.start();
    YearResult last = projection.last();
    List<String> moves = new ArrayList<>();
    for (String metric : last.metrics().getOrDefault(target, new java.util.TreeMap<>()).keySet()) {
      Unit unit = vocabulary.unitOf(metric);
      if (!toldOfTheTarget(unit)) {
        continue;
      }
      double a = start.metric(target, metric).orElse(Double.NaN);
      double b = last.metric(target, metric).orElse(Double.NaN);
      if (!Double.isNaN(a) && !Text.metric(unit, a).equals(Text.metric(unit, b))) {
        moves.add("its " + Text.label(metric, unit).replace('_', ' ') + " " + direction(a, b)
            + " from " + Text.metric(unit, a) + " to " + Text.metric(unit, b));
      }
    }
    if (moves.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("For " + names.apply(target) + ", the target of " + names.apply(focus) + "'s deal ("
        + deal.get().outcome() + "), " + Text.and(moves) + " by " + last.year() + ".");
  }

  /**
   * Whether the target sentence tells how a metric of this unit moved. A share is a part of what
   * the target buys from its own suppliers, not a measure of the target; a count is a plural the
   * sentence does not agree with ("its customers falls from 4 to 1").
   */
  private static boolean toldOfTheTarget(Unit unit) {
    return switch (unit) {
      case POINTS, USD, LEVEL -> true;
      case SHARE, COUNT -> false;
    };
  }

  private static Optional<String> expectations(Projection projection) {
    List<Outcome> outcomes = Expectations.check(projection);
    if (outcomes.isEmpty()) {
      return Optional.empty();
    }
    long failing = outcomes.stream().filter(o -> !o.holds()).count();
    if (failing == 0) {
      return Optional.of(outcomes.size() == 1 ? "The scenario's one expectation holds."
          : "All " + outcomes.size() + " of the scenario's expectations hold.");
    }
    return Optional.of(failing + " of the scenario's " + outcomes.size() + " expectations "
        + (failing == 1 ? "does" : "do") + " not hold: " + Text.and(outcomes.stream().filter(o -> !o.holds())
            .map(o -> o.expectation().text()).toList()) + ".");
  }

  private static String direction(double a, double b) {
    double d = b - a;
    return d > 0 ? "rises" : "falls";
  }
}

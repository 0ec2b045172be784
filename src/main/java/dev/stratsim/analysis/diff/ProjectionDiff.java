package dev.stratsim.analysis.diff;

import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.evaluation.Outcome;
import dev.stratsim.model.Unit;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares one scenario's run under the base rules with its run under the current rules. */
final class ProjectionDiff {
  private final Tolerance tolerance;
  private final Vocabulary vocabulary;

  ProjectionDiff(Tolerance tolerance, Vocabulary vocabulary) {
    this.tolerance = tolerance;
    this.vocabulary = vocabulary;
  }

  ScenarioDiff.Compared compare(Projection base, Projection current, Optional<SampledDiff> sampled) {
    List<ActorDiff> actors = new ArrayList<>();
    for (Actor actor : current.scenario().actors().values()) {
      List<Move> moves = moves(actor.id(), base, current);
      if (!moves.isEmpty()) {
        actors.add(new ActorDiff(actor.id(), actor.name(), moves));
      }
    }
    return new ScenarioDiff.Compared(current.scenario().id(), current.scenario().title(), current.scenario().file(),
        current.last().year(), actors, rules(base, current), expectations(base, current), sampled);
  }

  /** Tracks one measure over the years: where it moved first and last. */
  private static final class Track {
    final Move.Kind kind;
    int first;
    int last;
    double base = Double.NaN;
    double current = Double.NaN;

    Track(Move.Kind kind) {
      this.kind = kind;
    }

    void moved(int year, double was, double is) {
      first = first == 0 ? year : first;
      last = year;
      base = was;
      current = is;
    }
  }

  private List<Move> moves(String actor, Projection base, Projection current) {
    Map<String, Track> tracks = new LinkedHashMap<>();
    tracks.put("rank", new Track(Move.Kind.RANK));
    tracks.put("index", new Track(Move.Kind.INDEX));
    vocabulary.pillars().forEach(p -> tracks.put(p, new Track(Move.Kind.PILLAR)));
    for (YearResult now : current.years()) {
      YearResult was = base.year(now.year());
      double rankWas = was.ranks(actor) ? was.rank().get(actor) : Double.NaN;
      double rankIs = now.ranks(actor) ? now.rank().get(actor) : Double.NaN;
      // Any change of rank counts, whatever the tolerance; NaN marks a side where the actor is not ranked.
      if (Double.compare(rankWas, rankIs) != 0) {
        tracks.get("rank").moved(now.year(), rankWas, rankIs);
      }
      double indexWas = was.index().getOrDefault(actor, Double.NaN);
      double indexIs = now.index().getOrDefault(actor, Double.NaN);
      if (tolerance.moved(indexWas, indexIs)) {
        tracks.get("index").moved(now.year(), indexWas, indexIs);
      }
      TreeSet<String> metrics = new TreeSet<>(was.metrics().getOrDefault(actor, new TreeMap<>()).keySet());
      metrics.addAll(now.metrics().getOrDefault(actor, new TreeMap<>()).keySet());
      for (String metric : metrics) {
        double valueWas = was.metric(actor, metric).orElse(Double.NaN);
        double valueIs = now.metric(actor, metric).orElse(Double.NaN);
        if (tolerance.moved(metric, valueWas, valueIs, vocabulary)) {
          tracks.computeIfAbsent(metric, m -> new Track(Move.Kind.METRIC)).moved(now.year(), valueWas, valueIs);
        }
      }
    }
    List<Move> moves = new ArrayList<>();
    tracks.forEach((measure, t) -> {
      if (t.last != 0) {
        // A rank is a place, read as a whole number; the index and the metrics read as the vocabulary says.
        Unit unit = t.kind == Move.Kind.RANK ? Unit.COUNT : vocabulary.unitOf(measure);
        moves.add(new Move(measure, t.kind, unit, t.last, t.first, t.base, t.current));
      }
    });
    return moves;
  }

  private List<RuleChange> rules(Projection base, Projection current) {
    TreeSet<String> names = new TreeSet<>(base.firings().keySet());
    names.addAll(current.firings().keySet());
    List<RuleChange> changes = new ArrayList<>();
    for (String rule : names) {
      int was = base.firings().getOrDefault(rule, 0);
      int is = current.firings().getOrDefault(rule, 0);
      if (was == 0 && is > 0) {
        changes.add(new RuleChange(rule, RuleChange.Kind.NEWLY_FIRING, was, is, List.of()));
      } else if (was > 0 && is == 0) {
        changes.add(new RuleChange(rule, RuleChange.Kind.NO_LONGER_FIRING, was, is, List.of()));
      } else if (was > 0) {
        List<RuleChange.EffectMove> effects = effectMoves(totals(base, rule), totals(current, rule));
        if (was != is || !effects.isEmpty()) {
          changes.add(new RuleChange(rule, RuleChange.Kind.DIFFERENT_EFFECT, was, is, effects));
        }
      }
    }
    return changes;
  }

  /** A rule's total effect over the run per actor and metric, keyed {@code actor.metric}. */
  private static SortedMap<String, Double> totals(Projection projection, String rule) {
    SortedMap<String, Double> totals = new TreeMap<>();
    for (Effect e : projection.effects()) {
      if (e.rule().equals(rule)) {
        totals.merge(e.actor() + "\u0000" + e.metric(), e.delta(), Double::sum);
      }
    }
    return totals;
  }

  private List<RuleChange.EffectMove> effectMoves(SortedMap<String, Double> was, SortedMap<String, Double> is) {
    TreeSet<String> keys = new TreeSet<>(was.keySet());
    keys.addAll(is.keySet());
    List<RuleChange.EffectMove> moves = new ArrayList<>();
    for (String key : keys) {
      String[] parts = key.split("\u0000", 2);
      double a = was.getOrDefault(key, 0.0);
      double b = is.getOrDefault(key, 0.0);
      if (tolerance.moved(parts[1], a, b, vocabulary)) {
        moves.add(new RuleChange.EffectMove(parts[0], parts[1], vocabulary.unitOf(parts[1]), a, b));
      }
    }
    return moves;
  }

  private static List<ExpectationChange> expectations(Projection base, Projection current) {
    List<Outcome> was = Expectations.check(base);
    List<Outcome> is = Expectations.check(current);
    List<ExpectationChange> changes = new ArrayList<>();
    for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
      if (was.get(i).holds() != is.get(i).holds()) {
        changes.add(new ExpectationChange(is.get(i).expectation().text(), was.get(i).holds(), is.get(i).holds(),
            was.get(i).detail(), is.get(i).detail()));
      }
    }
    return changes;
  }
}

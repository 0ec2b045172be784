package dev.stratsim.output.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.stratsim.evaluation.Expectations;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.YearResult;
import dev.stratsim.scenario.Actor;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.stratsim.output.Json;
import dev.stratsim.output.Numbers;

/**
 * The documented JSON contract of {@code run --format json}: one object per scenario (an array of
 * them when several are run), every year, every effect and signal. See docs/json-output.md. The
 * document is the records below, through {@link Json#MAPPER}; every field is written, null
 * included, except {@code nodeal} and an unranked actor's index, arena, rank and pillars.
 */
final class JsonFormat implements ProjectionFormat {

  @Override
  public void write(List<Projection> projections, RunOptions options, PrintWriter out) {
    List<Run> runs = projections.stream().map(p -> run(p, options)).toList();
    Json.write(out, runs.size() == 1 ? runs.get(0) : runs);
  }

  static Run run(Projection projection, RunOptions options) {
    List<String> pillars = options.pillars();
    return new Run(projection.scenario().id(), projection.scenario().title(),
        new Fingerprint(options.version(), projection.rulesSha256(), projection.scenario().sha256()),
        new Period(projection.scenario().period().start(), projection.scenario().period().end()),
        year(projection, projection.start(), pillars),
        projection.years().stream().map(y -> year(projection, y, pillars)).toList(),
        projection.effects().stream().map(e -> new Effect(e.year(), e.actor(), e.metric(), Numbers.json(e.delta()),
            e.rule(), e.reason())).toList(),
        projection.signals().stream().map(s -> new Signal(s.year(), s.actor(), s.message(), s.rule())).toList(),
        options.nodeal() ? withoutDeals(projection, pillars) : null,
        Expectations.check(projection).stream().map(o -> new Expectation(o.expectation().text(), o.holds(),
            o.detail())).toList());
  }

  @JsonInclude(Include.ALWAYS)
  record Run(String scenario, String title, Fingerprint fingerprint, Period period, Year start, List<Year> years,
      List<Effect> effects, List<Signal> signals, @JsonInclude(Include.NON_NULL) WithoutDeals nodeal,
      List<Expectation> expectations) {}

  @JsonInclude(Include.ALWAYS)
  record Fingerprint(String stratsim, String rulesSha256, String scenarioSha256) {}

  record Period(int start, int end) {}

  @JsonInclude(Include.ALWAYS)
  record Effect(int year, String actor, String pillar, BigDecimal delta, String rule, String reason) {}

  @JsonInclude(Include.ALWAYS)
  record Signal(int year, String actor, String message, String rule) {}

  @JsonInclude(Include.ALWAYS)
  record Expectation(String expect, boolean holds, String detail) {}

  record Year(int year, List<ActorYear> actors) {}

  /** An actor in a year; {@code ranked} is left out for an actor that does not compete. */
  @JsonInclude(Include.ALWAYS)
  record ActorYear(String id, String role, @JsonUnwrapped Ranked ranked, Map<String, BigDecimal> metrics) {}

  @JsonInclude(Include.ALWAYS)
  record Ranked(BigDecimal index, String arena, Integer rank, Map<String, BigDecimal> pillars) {}

  private static Year year(Projection projection, YearResult year, List<String> pillars) {
    return new Year(year.year(), projection.scenario().actors().values().stream().map(actor -> {
      Map<String, Double> metrics = year.metrics().getOrDefault(actor.id(), new TreeMap<>());
      Ranked ranked = null;
      if (year.ranks(actor.id())) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        for (String pillar : pillars) {
          shown.put(pillar, Numbers.json(metrics.get(pillar)));
        }
        ranked = new Ranked(Numbers.json(year.index().get(actor.id())), year.arenaOf(actor.id()),
            year.rank().get(actor.id()), shown);
      }
      Map<String, BigDecimal> others = new LinkedHashMap<>();
      metrics.forEach((metric, value) -> {
        if (!pillars.contains(metric)) {
          others.put(metric, Numbers.json(value));
        }
      });
      return new ActorYear(actor.id(), actor.roleIn(year.year()), ranked, others);
    }).toList());
  }

  /**
   * {@code nodeal}: every year of the same scenario without its deals, and the deal effect on each
   * number, the difference of the two as written here, so that without + effect = with exactly.
   */
  record WithoutDeals(List<Year> years, List<EffectYear> dealEffect) {}

  record EffectYear(int year, List<ActorEffect> actors) {}

  record ActorEffect(String id, @JsonUnwrapped RankedEffect ranked, Map<String, BigDecimal> metrics) {}

  record RankedEffect(BigDecimal index, int rank, Map<String, BigDecimal> pillars) {}

  private static WithoutDeals withoutDeals(Projection projection, List<String> pillars) {
    Projection without = projection.withoutDeals();
    return new WithoutDeals(without.years().stream().map(y -> year(without, y, pillars)).toList(),
        projection.years().stream().map(y -> effectYear(projection, y, without.year(y.year()), pillars)).toList());
  }

  private static EffectYear effectYear(Projection projection, YearResult with, YearResult without,
      List<String> pillars) {
    return new EffectYear(with.year(), projection.scenario().actors().values().stream().map(actor -> {
      String id = actor.id();
      Map<String, Double> now = with.metrics().getOrDefault(id, new TreeMap<>());
      Map<String, Double> then = without.metrics().getOrDefault(id, new TreeMap<>());
      RankedEffect ranked = null;
      if (with.ranks(id) && without.ranks(id)) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        for (String pillar : pillars) {
          shown.put(pillar, difference(then.get(pillar), now.get(pillar)));
        }
        ranked = new RankedEffect(difference(without.index().get(id), with.index().get(id)),
            with.rank().get(id) - without.rank().get(id), shown);
      }
      Map<String, BigDecimal> others = new LinkedHashMap<>();
      now.forEach((metric, value) -> {
        if (!pillars.contains(metric) && then.containsKey(metric)) {
          others.put(metric, difference(then.get(metric), value));
        }
      });
      return new ActorEffect(id, ranked, others);
    }).toList());
  }

  /** {@code to - from} as both are written, to four decimals. */
  private static BigDecimal difference(double from, double to) {
    BigDecimal delta = Numbers.json(to).subtract(Numbers.json(from)).stripTrailingZeros();
    return delta.scale() < 0 ? delta.setScale(0) : delta;
  }
}

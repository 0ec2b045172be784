package dev.stratsim.output.diff;

import dev.stratsim.analysis.diff.ActorDiff;
import dev.stratsim.analysis.diff.DiffReport;
import dev.stratsim.analysis.diff.ModelChanges;
import dev.stratsim.analysis.diff.Move;
import dev.stratsim.analysis.diff.RuleChange;
import dev.stratsim.analysis.diff.SampledDiff;
import dev.stratsim.analysis.diff.ScenarioDiff;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stratsim.output.Json;
import dev.stratsim.output.Numbers;
import dev.stratsim.problem.Problem;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code diff --format json}: everything the text report says, for other tools. The document is
 * the records below, in the order their fields are written, through {@link Json#MAPPER}; numbers
 * of the projections are rounded as {@link Numbers#json} rounds them, NaN (a side without the
 * number) written as null.
 */
final class DiffJson implements DiffFormat {

  @Override
  public void write(DiffReport report, PrintWriter out) {
    Json.write(out, Document.of(report));
  }

  record Document(String stratsim, String base, String current, BigDecimal tolerance, Sampling sampling,
      Model model, List<Object> scenarios) {
    static Document of(DiffReport report) {
      return new Document(report.version(), report.baseLabel(), report.currentLabel(),
          Numbers.json(report.tolerance()),
          report.sampling().map(s -> new Sampling(s.samples(), s.seed())).orElse(null),
          Model.of(report.model()), report.scenarios().stream().map(DiffJson::scenario).toList());
    }
  }

  record Sampling(int samples, long seed) {}

  record Model(List<RuleEdit> rules, List<Knob> knobs, List<String> metricsAdded, List<String> metricsRemoved) {
    static Model of(ModelChanges model) {
      return new Model(
          model.rules().stream().map(r -> new RuleEdit(r.rule(), lower(r.edit()), r.file().toString(), r.line()))
              .toList(),
          model.knobs().stream().map(k -> new Knob(k.knob(), k.base(), k.current())).toList(),
          model.metricsAdded(), model.metricsRemoved());
    }
  }

  record RuleEdit(String rule, String change, String file, int line) {}

  record Knob(String knob, @JsonSerialize(using = Json.Rounded.class) double base,
      @JsonSerialize(using = Json.Rounded.class) double current) {}

  private static Object scenario(ScenarioDiff scenario) {
    if (scenario instanceof ScenarioDiff.Compared c) {
      return new Compared(c.id(), c.file().toString(), c.changed(),
          c.actors().stream().map(DiffJson::actor).toList(),
          c.rules().stream().map(DiffJson::rule).toList(),
          c.expectations().stream().map(e -> new Expectation(e.expect(), e.baseHolds(), e.currentHolds(),
              e.baseDetail(), e.currentDetail())).toList(),
          c.sampled().map(DiffJson::sampled).orElse(null));
    }
    ScenarioDiff.OneSided o = (ScenarioDiff.OneSided) scenario;
    return new OneSided(o.file().toString(), o.loadsOn(), o.problems().stream().map(Problem::toString).toList());
  }

  record Compared(String scenario, String file, boolean changed, List<Actor> actors, List<Rule> rules,
      List<Expectation> expectations, Sampled sampled) {}

  record OneSided(String file, String loadsOn, List<String> problems) {}

  private static Actor actor(ActorDiff actor) {
    return new Actor(actor.actor(), actor.moves().stream().map(m -> new Move(m.measure(), lower(m.kind()),
        m.year(), m.firstYear(), m.base(), m.current())).toList());
  }

  record Actor(String actor, List<Move> moves) {}

  record Move(String measure, String kind, int year, int firstYear,
      @JsonSerialize(using = Json.Rounded.class) double base,
      @JsonSerialize(using = Json.Rounded.class) double current) {}

  private static Rule rule(RuleChange r) {
    return new Rule(r.rule(), lower(r.kind()), r.baseFirings(), r.currentFirings(),
        r.effects().stream().map(e -> new Effect(e.actor(), e.metric(), e.base(), e.current())).toList());
  }

  record Rule(String rule, String change, int baseFirings, int currentFirings, List<Effect> effects) {}

  record Effect(String actor, String metric, @JsonSerialize(using = Json.Rounded.class) double base,
      @JsonSerialize(using = Json.Rounded.class) double current) {}

  /** The details are written even when null, as they always were. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Expectation(String expect, boolean baseHolds, boolean currentHolds, String baseDetail,
      String currentDetail) {}

  private static Sampled sampled(SampledDiff sampled) {
    return new Sampled(sampled.samples(), sampled.seed(), sampled.year(), sampled.actors().stream()
        .map(a -> new SampledActor(a.actor(), new MeanIndex(a.baseMeanIndex(), a.currentMeanIndex()),
            a.ranks().stream().map(r -> new Rank(r.rank(), r.base(), r.current())).toList(), a.rankChanged()))
        .toList());
  }

  record Sampled(int samples, long seed, int year, List<SampledActor> actors) {}

  record SampledActor(String actor, MeanIndex meanIndex, List<Rank> ranks, int rankChangedSamples) {}

  record MeanIndex(@JsonSerialize(using = Json.Rounded.class) double base,
      @JsonSerialize(using = Json.Rounded.class) double current) {}

  record Rank(int rank, @JsonSerialize(using = Json.Rounded.class) double base,
      @JsonSerialize(using = Json.Rounded.class) double current) {}

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

package dev.stratsim.briefing.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.KnobDef;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Assumption;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Relation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.Text;
import dev.stratsim.briefing.model.Uncertainty;
import dev.stratsim.briefing.view.InputsView;

/** The inputs and uncertainty parts of {@code report.json}, as records {@link JsonReport} writes. */
final class JsonInputs {
  private JsonInputs() {}

  @JsonInclude(Include.ALWAYS)
  record Inputs(List<DealInput> deals, List<Knob> assumptions, List<ActorInput> actors,
      List<RelationInput> relations) {}

  @JsonInclude(Include.ALWAYS)
  record DealInput(String scenario, String id, int year, String acquirer, String target, BigDecimal amountUsd,
      BigDecimal stake, boolean voting, int boardSeats, String exclusivity, List<String> talent, String licence,
      BigDecimal investmentUsd, BigDecimal computeUsd, String computeExclusivity, BigDecimal supplyUsd,
      boolean distribution, String review, boolean unsolicited, String outcome, @JsonUnwrapped Sources sources) {}

  @JsonInclude(Include.ALWAYS)
  record Knob(String name, @JsonProperty("default") BigDecimal defaultValue, String unit, String basis, String why,
      List<SetBy> setBy) {}

  @JsonInclude(Include.ALWAYS)
  record SetBy(String scenario, BigDecimal value, String source) {}

  @JsonInclude(Include.ALWAYS)
  record ActorInput(String id, String name, String role, @JsonUnwrapped Sources sources) {}

  @JsonInclude(Include.ALWAYS)
  record RelationInput(String customer, String supplier, BigDecimal share, BigDecimal revenueShare,
      @JsonUnwrapped Sources sources) {}

  /** Sources split into reported facts and judgement. */
  record Sources(List<String> reported, List<String> judgement) {}

  static Inputs of(Briefing b) {
    Map<String, Deal> deals = new LinkedHashMap<>();
    for (Projection p : b.projections()) {
      for (Deal d : p.scenario().deals()) {
        deals.putIfAbsent(p.scenario().id() + "/" + d.id(), d);
      }
    }
    List<DealInput> dealInputs = deals.entrySet().stream().map(e -> {
      Deal d = e.getValue();
      return new DealInput(e.getKey().substring(0, e.getKey().indexOf('/')), d.id(), d.year(), d.acquirer(),
          d.target(), Text.decimal(d.amountUsd()), Text.decimal(d.stake()), d.voting(), d.boardSeats(),
          d.exclusivity(), d.talent(), d.licence(), Text.decimal(d.investmentUsd()), Text.decimal(d.computeUsd()),
          d.computeExclusivity(), Text.decimal(d.supplyUsd()), d.distribution(), d.review(), d.unsolicited(),
          d.outcome(), sources(d.sources(), ""));
    }).toList();
    List<Knob> knobs = new ArrayList<>();
    for (KnobDef k : b.vocabulary().knobs().values()) {
      List<SetBy> setBy = new ArrayList<>();
      for (Projection p : b.projections()) {
        Assumption a = p.scenario().assumptions().get(k.name());
        if (a != null) {
          setBy.add(new SetBy(p.scenario().id(), Text.decimal(a.value()), a.source()));
        }
      }
      knobs.add(new Knob(k.name(), Text.decimal(k.defaultValue()), k.unit(),
          InputsView.isJudgement(k.why()) ? "judgement" : "fact", k.why(), setBy));
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    b.projections().forEach(p -> p.scenario().actors().values().forEach(a -> actors.putIfAbsent(a.id(), a)));
    Map<String, Relation> relations = new LinkedHashMap<>();
    b.projections().forEach(p -> p.scenario().relations()
        .forEach(r -> relations.putIfAbsent(r.customer() + ">" + r.supplier(), r)));
    return new Inputs(dealInputs, knobs,
        actors.values().stream().map(a -> new ActorInput(a.id(), a.name(), a.role(), sources(a.sources(),
            a.judgement()))).toList(),
        relations.values().stream().map(r -> new RelationInput(r.customer(), r.supplier(), Text.decimal(r.share()),
            Text.decimal(r.revenueShare()), sources(r.sources(), ""))).toList());
  }

  /** Sources split into reported facts and judgement; {@code judgement} text comes first. */
  private static Sources sources(List<String> sources, String judgement) {
    List<String> judged = new ArrayList<>();
    if (!judgement.isBlank()) {
      judged.add(judgement.strip());
    }
    sources.stream().filter(InputsView::isJudgement).forEach(judged::add);
    return new Sources(sources.stream().filter(s -> !InputsView.isJudgement(s)).toList(), judged);
  }

  @JsonInclude(Include.ALWAYS)
  record Spread(String scenario, String actor, int year, int samples, long seed, String sampling, Central central,
      Index index, Map<String, BigDecimal> rankProbabilities, List<Input> inputs,
      List<Correlation> correlations, List<Swing> tornado, List<SpiderLine> spider) {}

  record Central(BigDecimal index, int rank) {}

  @JsonInclude(Include.ALWAYS)
  record Input(String path, String distribution, String central) {}

  /** The index over the samples, its histogram, and the S-curve's points every 5%. */
  record Index(BigDecimal mean, BigDecimal p5, BigDecimal p25, BigDecimal p50, BigDecimal p75, BigDecimal p95,
      List<Bin> histogram, List<CdfPoint> cdf) {}

  record Bin(BigDecimal from, BigDecimal to, long count) {}

  /** The index that {@code share} of the samples is at or below. */
  record CdfPoint(BigDecimal share, BigDecimal index) {}

  @JsonInclude(Include.ALWAYS)
  record Correlation(List<String> between, List<String> names, BigDecimal rank, String source) {}

  @JsonInclude(Include.ALWAYS)
  record Swing(String path, String lowAt, String highAt, BigDecimal low, BigDecimal high, BigDecimal swing) {}

  @JsonInclude(Include.ALWAYS)
  record SpiderLine(String path, List<SpiderPoint> points) {}

  @JsonInclude(Include.ALWAYS)
  record SpiderPoint(int percentile, String at, BigDecimal index) {}

  /** @param label an input's name for people, from its path (the correlations give both) */
  static Spread uncertainty(Uncertainty u, UnaryOperator<String> label) {
    Uncertainty.Distribution d = u.index();
    List<CdfPoint> cdf = new ArrayList<>();
    for (int p = 0; p < u.cdf().size(); p += 5) {
      cdf.add(new CdfPoint(Text.decimal(p / 100.0), Text.decimal(u.cdf().get(p))));
    }
    Map<String, BigDecimal> ranks = new LinkedHashMap<>();
    u.rankProbabilities().forEach((rank, share) -> ranks.put(String.valueOf(rank), Text.decimal(share)));
    return new Spread(u.scenario(), u.actor(), u.year(), u.samples(), u.seed(), u.sampling().name(),
        new Central(Text.decimal(u.central().index()), u.central().rank()),
        new Index(Text.decimal(d.mean()), Text.decimal(d.p5()), Text.decimal(d.p25()), Text.decimal(d.p50()),
            Text.decimal(d.p75()), Text.decimal(d.p95()), d.histogram().stream()
                .map(bin -> new Bin(Text.decimal(bin.from()), Text.decimal(bin.to()), bin.count())).toList(), cdf),
        ranks, u.inputs().stream().map(in -> new Input(in.path(), in.distribution(), in.central())).toList(),
        u.correlations().stream().map(c -> new Correlation(List.of(c.first(), c.second()),
            List.of(label.apply(c.first()), label.apply(c.second())), Text.decimal(c.rank()), c.source())).toList(),
        u.tornado().stream().map(s -> new Swing(s.input(), s.lowAt(), s.highAt(), Text.decimal(s.atLow()),
            Text.decimal(s.atHigh()), Text.decimal(s.width()))).toList(),
        u.spider().stream().map(line -> new SpiderLine(line.input(), line.points().stream()
            .map(p -> new SpiderPoint((int) p.percentile(), p.at(), Text.decimal(p.index()))).toList())).toList());
  }
}

package dev.stratsim.briefing;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.KnobDef;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.Assumption;
import dev.stratsim.scenario.Deal;
import dev.stratsim.scenario.Relation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inputs and uncertainty parts of {@code report.json}. */
final class JsonInputs {
  private JsonInputs() {}

  static void write(JsonGenerator json, Briefing b) throws IOException {
    json.writeObjectFieldStart("inputs");
    json.writeArrayFieldStart("deals");
    Map<String, Deal> deals = new LinkedHashMap<>();
    for (Projection p : b.projections()) {
      for (Deal d : p.scenario().deals()) {
        deals.putIfAbsent(p.scenario().id() + "/" + d.id(), d);
      }
    }
    for (Map.Entry<String, Deal> e : deals.entrySet()) {
      Deal d = e.getValue();
      json.writeStartObject();
      json.writeStringField("scenario", e.getKey().substring(0, e.getKey().indexOf('/')));
      json.writeStringField("id", d.id());
      json.writeNumberField("year", d.year());
      json.writeStringField("acquirer", d.acquirer());
      json.writeStringField("target", d.target());
      json.writeNumberField("amount_usd", Text.decimal(d.amountUsd()));
      json.writeNumberField("stake", Text.decimal(d.stake()));
      json.writeBooleanField("voting", d.voting());
      json.writeNumberField("board_seats", d.boardSeats());
      json.writeStringField("exclusivity", d.exclusivity());
      strings(json, "talent", d.talent());
      json.writeStringField("outcome", d.outcome());
      sources(json, d.sources(), "");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("assumptions");
    for (KnobDef k : b.vocabulary().knobs().values()) {
      json.writeStartObject();
      json.writeStringField("name", k.name());
      json.writeNumberField("default", Text.decimal(k.defaultValue()));
      json.writeStringField("unit", k.unit());
      json.writeStringField("basis", InputsView.isJudgement(k.why()) ? "judgement" : "fact");
      json.writeStringField("why", k.why());
      json.writeArrayFieldStart("set_by");
      for (Projection p : b.projections()) {
        Assumption a = p.scenario().assumptions().get(k.name());
        if (a != null) {
          json.writeStartObject();
          json.writeStringField("scenario", p.scenario().id());
          json.writeNumberField("value", Text.decimal(a.value()));
          json.writeStringField("source", a.source());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("actors");
    Map<String, Actor> actors = new LinkedHashMap<>();
    b.projections().forEach(p -> p.scenario().actors().values().forEach(a -> actors.putIfAbsent(a.id(), a)));
    for (Actor a : actors.values()) {
      json.writeStartObject();
      json.writeStringField("id", a.id());
      json.writeStringField("name", a.name());
      json.writeStringField("role", a.role());
      sources(json, a.sources(), a.judgement());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("relations");
    Map<String, Relation> relations = new LinkedHashMap<>();
    b.projections().forEach(p -> p.scenario().relations().forEach(r -> relations.putIfAbsent(r.customer() + ">" + r.supplier(), r)));
    for (Relation r : relations.values()) {
      json.writeStartObject();
      json.writeStringField("customer", r.customer());
      json.writeStringField("supplier", r.supplier());
      json.writeNumberField("share", Text.decimal(r.share()));
      json.writeNumberField("revenue_share", Text.decimal(r.revenueShare()));
      sources(json, r.sources(), "");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Sources split into reported facts and judgement; {@code judgement} text comes first. */
  private static void sources(JsonGenerator json, List<String> sources, String judgement) throws IOException {
    strings(json, "reported", sources.stream().filter(s -> !InputsView.isJudgement(s)).toList());
    List<String> judged = new java.util.ArrayList<>();
    if (!judgement.isBlank()) {
      judged.add(judgement.strip());
    }
    sources.stream().filter(InputsView::isJudgement).forEach(judged::add);
    strings(json, "judgement", judged);
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  /** @param label an input's name for people, from its path (the correlations give both) */
  static void uncertainty(JsonGenerator json, Uncertainty u, java.util.function.UnaryOperator<String> label)
      throws IOException {
    json.writeObjectFieldStart("uncertainty");
    json.writeStringField("scenario", u.scenario());
    json.writeStringField("actor", u.actor());
    json.writeNumberField("year", u.year());
    json.writeNumberField("samples", u.samples());
    json.writeNumberField("seed", u.seed());
    json.writeStringField("sampling", u.sampling().name());
    json.writeObjectFieldStart("central");
    json.writeNumberField("index", Text.decimal(u.central().index()));
    json.writeNumberField("rank", u.central().rank());
    json.writeEndObject();
    Uncertainty.Distribution d = u.index();
    json.writeObjectFieldStart("index");
    json.writeNumberField("mean", Text.decimal(d.mean()));
    json.writeNumberField("p5", Text.decimal(d.p5()));
    json.writeNumberField("p25", Text.decimal(d.p25()));
    json.writeNumberField("p50", Text.decimal(d.p50()));
    json.writeNumberField("p75", Text.decimal(d.p75()));
    json.writeNumberField("p95", Text.decimal(d.p95()));
    json.writeArrayFieldStart("histogram");
    for (Uncertainty.Bin bin : d.histogram()) {
      json.writeStartObject();
      json.writeNumberField("from", Text.decimal(bin.from()));
      json.writeNumberField("to", Text.decimal(bin.to()));
      json.writeNumberField("count", bin.count());
      json.writeEndObject();
    }
    json.writeEndArray();
    // The S-curve's points every 5%: the index that share of the samples is at or below.
    json.writeArrayFieldStart("cdf");
    for (int p = 0; p < u.cdf().size(); p += 5) {
      json.writeStartObject();
      json.writeNumberField("share", Text.decimal(p / 100.0));
      json.writeNumberField("index", Text.decimal(u.cdf().get(p)));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeObjectFieldStart("rank_probabilities");
    for (Map.Entry<Integer, Double> e : u.rankProbabilities().entrySet()) {
      json.writeNumberField(String.valueOf(e.getKey()), Text.decimal(e.getValue()));
    }
    json.writeEndObject();
    json.writeArrayFieldStart("inputs");
    for (Uncertainty.Input in : u.inputs()) {
      json.writeStartObject();
      json.writeStringField("path", in.path());
      json.writeStringField("distribution", in.distribution());
      json.writeStringField("central", in.central());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("correlations");
    for (Uncertainty.Correlated c : u.correlations()) {
      json.writeStartObject();
      json.writeArrayFieldStart("between");
      json.writeString(c.first());
      json.writeString(c.second());
      json.writeEndArray();
      json.writeArrayFieldStart("names");
      json.writeString(label.apply(c.first()));
      json.writeString(label.apply(c.second()));
      json.writeEndArray();
      json.writeNumberField("rank", Text.decimal(c.rank()));
      json.writeStringField("source", c.source());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("tornado");
    for (Uncertainty.Swing s : u.tornado()) {
      json.writeStartObject();
      json.writeStringField("path", s.input());
      json.writeStringField("low_at", s.lowAt());
      json.writeStringField("high_at", s.highAt());
      json.writeNumberField("low", Text.decimal(s.atLow()));
      json.writeNumberField("high", Text.decimal(s.atHigh()));
      json.writeNumberField("swing", Text.decimal(s.width()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("spider");
    for (Uncertainty.SpiderLine line : u.spider()) {
      json.writeStartObject();
      json.writeStringField("path", line.input());
      json.writeArrayFieldStart("points");
      for (Uncertainty.SpiderPoint p : line.points()) {
        json.writeStartObject();
        json.writeNumberField("percentile", (int) p.percentile());
        json.writeStringField("at", p.at());
        json.writeNumberField("index", Text.decimal(p.index()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}

package dev.stratsim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.stratsim.check.Expectations;
import dev.stratsim.check.Outcome;
import dev.stratsim.engine.Effect;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Signal;
import dev.stratsim.engine.YearResult;
import dev.stratsim.scenario.Actor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The documented JSON contract of {@code run --format json}: one object per scenario (an array of
 * them when several are run), every year, every effect and signal. See docs/json-output.md.
 */
final class JsonFormat implements ProjectionFormat {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  @Override
  public void write(List<Projection> projections, RunOptions options, PrintWriter out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (projections.size() == 1) {
        writeOne(json, projections.get(0), options);
      } else {
        json.writeStartArray();
        for (Projection projection : projections) {
          writeOne(json, projection, options);
        }
        json.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  static void writeOne(JsonGenerator json, Projection projection, RunOptions options) throws IOException {
    json.writeStartObject();
    json.writeStringField("scenario", projection.scenario().id());
    json.writeStringField("title", projection.scenario().title());
    json.writeObjectFieldStart("fingerprint");
    json.writeStringField("stratsim", options.version());
    json.writeStringField("rules_sha256", projection.rulesSha256());
    json.writeStringField("scenario_sha256", projection.scenario().sha256());
    json.writeEndObject();
    json.writeObjectFieldStart("period");
    json.writeNumberField("start", projection.scenario().period().start());
    json.writeNumberField("end", projection.scenario().period().end());
    json.writeEndObject();
    json.writeFieldName("start");
    writeYear(json, projection, projection.start(), options.pillars());
    json.writeArrayFieldStart("years");
    for (YearResult year : projection.years()) {
      writeYear(json, projection, year, options.pillars());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("effects");
    for (Effect e : projection.effects()) {
      json.writeStartObject();
      json.writeNumberField("year", e.year());
      json.writeStringField("actor", e.actor());
      json.writeStringField("pillar", e.metric());
      json.writeNumberField("delta", Numbers.json(e.delta()));
      json.writeStringField("rule", e.rule());
      json.writeStringField("reason", e.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("signals");
    for (Signal s : projection.signals()) {
      json.writeStartObject();
      json.writeNumberField("year", s.year());
      json.writeStringField("actor", s.actor());
      json.writeStringField("message", s.message());
      json.writeStringField("rule", s.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (options.nodeal()) {
      writeWithoutDeals(json, projection, options.pillars());
    }
    json.writeArrayFieldStart("expectations");
    for (Outcome outcome : Expectations.check(projection)) {
      json.writeStartObject();
      json.writeStringField("expect", outcome.expectation().text());
      json.writeBooleanField("holds", outcome.holds());
      json.writeStringField("detail", outcome.detail());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * {@code nodeal}: every year of the same scenario without its deals, and the deal effect on each
   * number, the difference of the two as written here, so that without + effect = with exactly.
   */
  private static void writeWithoutDeals(JsonGenerator json, Projection projection, List<String> pillars)
      throws IOException {
    Projection without = projection.withoutDeals();
    json.writeObjectFieldStart("nodeal");
    json.writeArrayFieldStart("years");
    for (YearResult year : without.years()) {
      writeYear(json, without, year, pillars);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("deal_effect");
    for (YearResult year : projection.years()) {
      writeEffectYear(json, projection, year, without.year(year.year()), pillars);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeEffectYear(JsonGenerator json, Projection projection, YearResult with, YearResult without,
      List<String> pillars) throws IOException {
    json.writeStartObject();
    json.writeNumberField("year", with.year());
    json.writeArrayFieldStart("actors");
    for (Actor actor : projection.scenario().actors().values()) {
      String id = actor.id();
      Map<String, Double> now = with.metrics().getOrDefault(id, new java.util.TreeMap<>());
      Map<String, Double> then = without.metrics().getOrDefault(id, new java.util.TreeMap<>());
      json.writeStartObject();
      json.writeStringField("id", id);
      if (with.ranks(id) && without.ranks(id)) {
        json.writeNumberField("index", difference(without.index().get(id), with.index().get(id)));
        json.writeNumberField("rank", with.rank().get(id) - without.rank().get(id));
        json.writeObjectFieldStart("pillars");
        for (String pillar : pillars) {
          json.writeNumberField(pillar, difference(then.get(pillar), now.get(pillar)));
        }
        json.writeEndObject();
      }
      json.writeObjectFieldStart("metrics");
      for (Map.Entry<String, Double> metric : now.entrySet()) {
        if (!pillars.contains(metric.getKey()) && then.containsKey(metric.getKey())) {
          json.writeNumberField(metric.getKey(), difference(then.get(metric.getKey()), metric.getValue()));
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** {@code to - from} as both are written, to four decimals. */
  private static java.math.BigDecimal difference(double from, double to) {
    java.math.BigDecimal delta = Numbers.json(to).subtract(Numbers.json(from)).stripTrailingZeros();
    return delta.scale() < 0 ? delta.setScale(0) : delta;
  }

  private static void writeYear(JsonGenerator json, Projection projection, YearResult year, List<String> pillars)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("year", year.year());
    json.writeArrayFieldStart("actors");
    for (Actor actor : projection.scenario().actors().values()) {
      Map<String, Double> metrics = year.metrics().getOrDefault(actor.id(), new java.util.TreeMap<>());
      json.writeStartObject();
      json.writeStringField("id", actor.id());
      json.writeStringField("role", actor.roleIn(year.year()));
      if (year.ranks(actor.id())) {
        json.writeNumberField("index", Numbers.json(year.index().get(actor.id())));
        json.writeStringField("arena", year.arenaOf(actor.id()));
        json.writeNumberField("rank", year.rank().get(actor.id()));
        json.writeObjectFieldStart("pillars");
        for (String pillar : pillars) {
          json.writeNumberField(pillar, Numbers.json(metrics.get(pillar)));
        }
        json.writeEndObject();
      }
      json.writeObjectFieldStart("metrics");
      for (Map.Entry<String, Double> metric : metrics.entrySet()) {
        if (!pillars.contains(metric.getKey())) {
          json.writeNumberField(metric.getKey(), Numbers.json(metric.getValue()));
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}

package dev.stratsim.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.stratsim.problem.Problem;
import dev.stratsim.report.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** {@code diff --format json}: everything the text report says, for other tools. */
final class DiffJson implements DiffFormat {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  @Override
  public void write(DiffReport report, PrintWriter out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("stratsim", report.version());
      json.writeStringField("base", report.baseLabel());
      json.writeStringField("current", report.currentLabel());
      json.writeNumberField("tolerance", Numbers.json(report.tolerance()));
      if (report.sampling().isPresent()) {
        json.writeObjectFieldStart("sampling");
        json.writeNumberField("samples", report.sampling().get().samples());
        json.writeNumberField("seed", report.sampling().get().seed());
        json.writeEndObject();
      }
      writeModel(json, report.model());
      json.writeArrayFieldStart("scenarios");
      for (ScenarioDiff scenario : report.scenarios()) {
        if (scenario instanceof ScenarioDiff.Compared compared) {
          writeCompared(json, compared);
        } else if (scenario instanceof ScenarioDiff.OneSided oneSided) {
          writeOneSided(json, oneSided);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static void writeModel(JsonGenerator json, ModelChanges model) throws IOException {
    json.writeObjectFieldStart("model");
    json.writeArrayFieldStart("rules");
    for (ModelChanges.RuleEdit edit : model.rules()) {
      json.writeStartObject();
      json.writeStringField("rule", edit.rule());
      json.writeStringField("change", lower(edit.edit()));
      json.writeStringField("file", edit.file().toString());
      json.writeNumberField("line", edit.line());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("knobs");
    for (ModelChanges.KnobChange knob : model.knobs()) {
      json.writeStartObject();
      json.writeStringField("knob", knob.knob());
      number(json, "base", knob.base());
      number(json, "current", knob.current());
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "metrics_added", model.metricsAdded());
    strings(json, "metrics_removed", model.metricsRemoved());
    json.writeEndObject();
  }

  private static void writeCompared(JsonGenerator json, ScenarioDiff.Compared s) throws IOException {
    json.writeStartObject();
    json.writeStringField("scenario", s.id());
    json.writeStringField("file", s.file().toString());
    json.writeBooleanField("changed", s.changed());
    json.writeArrayFieldStart("actors");
    for (ActorDiff actor : s.actors()) {
      json.writeStartObject();
      json.writeStringField("actor", actor.actor());
      json.writeArrayFieldStart("moves");
      for (Move m : actor.moves()) {
        json.writeStartObject();
        json.writeStringField("measure", m.measure());
        json.writeStringField("kind", lower(m.kind()));
        json.writeNumberField("year", m.year());
        json.writeNumberField("first_year", m.firstYear());
        number(json, "base", m.base());
        number(json, "current", m.current());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rules");
    for (RuleChange r : s.rules()) {
      json.writeStartObject();
      json.writeStringField("rule", r.rule());
      json.writeStringField("change", lower(r.kind()));
      json.writeNumberField("base_firings", r.baseFirings());
      json.writeNumberField("current_firings", r.currentFirings());
      json.writeArrayFieldStart("effects");
      for (RuleChange.EffectMove e : r.effects()) {
        json.writeStartObject();
        json.writeStringField("actor", e.actor());
        json.writeStringField("metric", e.metric());
        number(json, "base", e.base());
        number(json, "current", e.current());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("expectations");
    for (ExpectationChange e : s.expectations()) {
      json.writeStartObject();
      json.writeStringField("expect", e.expect());
      json.writeBooleanField("base_holds", e.baseHolds());
      json.writeBooleanField("current_holds", e.currentHolds());
      json.writeStringField("base_detail", e.baseDetail());
      json.writeStringField("current_detail", e.currentDetail());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (s.sampled().isPresent()) {
      writeSampled(json, s.sampled().get());
    }
    json.writeEndObject();
  }

  private static void writeSampled(JsonGenerator json, SampledDiff sampled) throws IOException {
    json.writeObjectFieldStart("sampled");
    json.writeNumberField("samples", sampled.samples());
    json.writeNumberField("seed", sampled.seed());
    json.writeNumberField("year", sampled.year());
    json.writeArrayFieldStart("actors");
    for (SampledDiff.Actor a : sampled.actors()) {
      json.writeStartObject();
      json.writeStringField("actor", a.actor());
      json.writeObjectFieldStart("mean_index");
      number(json, "base", a.baseMeanIndex());
      number(json, "current", a.currentMeanIndex());
      json.writeEndObject();
      json.writeArrayFieldStart("ranks");
      for (SampledDiff.RankShare r : a.ranks()) {
        json.writeStartObject();
        json.writeNumberField("rank", r.rank());
        number(json, "base", r.base());
        number(json, "current", r.current());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("rank_changed_samples", a.rankChanged());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeOneSided(JsonGenerator json, ScenarioDiff.OneSided o) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", o.file().toString());
    json.writeStringField("loads_on", o.loadsOn());
    json.writeArrayFieldStart("problems");
    for (Problem p : o.problems()) {
      json.writeString(p.toString());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** NaN (a side without the number) is written as null. */
  private static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isNaN(value)) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, Numbers.json(value));
    }
  }

  private static void strings(JsonGenerator json, String name, java.util.List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

package dev.stratsim.briefing;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratsim.calibrate.CalibrationJson;
import dev.stratsim.engine.Projection;
import dev.stratsim.report.Json;
import dev.stratsim.report.ProjectionJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}, following {@code schema/report.schema.json}: the cases with their summary,
 * positions and attribution, every projection in the {@code run --format json} contract, the
 * inputs with their sources, and the fingerprint.
 */
final class JsonReport {
  static final int VERSION = 1;

  private JsonReport() {}

  static String write(Briefing b) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
      json.setPrettyPrinter(Json.printer());
      json.writeStartObject();
      json.writeNumberField("report_version", VERSION);
      json.writeStringField("title", b.title());
      if (b.generatedAt() != null) {
        json.writeStringField("generated_at", b.generatedAt());
      }
      json.writeStringField("focus", b.focus());
      fingerprint(json, b.fingerprint());
      json.writeArrayFieldStart("cases");
      for (Briefing.Case c : b.cases()) {
        writeCase(json, c, b.vocabulary().pillars());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("projections");
      for (Projection p : b.projections()) {
        ProjectionJson.write(json, p, b.vocabulary(), b.fingerprint().stratsim());
      }
      json.writeEndArray();
      JsonInputs.write(json, b);
      if (b.uncertainty().isPresent()) {
        JsonInputs.uncertainty(json, b.uncertainty().get(), Views.label(b, b.uncertainty().get(), Views.names(b)));
      }
      if (b.calibration().isPresent()) {
        // The calibration as calibrate --format json wrote it, so one reader serves both.
        json.writeFieldName("calibration");
        json.writeTree(CalibrationJson.tree(b.calibration().get()));
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void fingerprint(JsonGenerator json, Fingerprint f) throws IOException {
    json.writeObjectFieldStart("fingerprint");
    json.writeStringField("stratsim", f.stratsim());
    json.writeStringField("rules_sha256", f.rulesSha256());
    json.writeObjectFieldStart("scenarios_sha256");
    for (Map.Entry<String, String> e : f.scenarios().entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    if (f.samples() != null) {
      json.writeNumberField("samples", f.samples());
      json.writeNumberField("seed", f.seed());
    }
    json.writeEndObject();
  }

  private static void writeCase(JsonGenerator json, Briefing.Case c, List<String> pillars) throws IOException {
    json.writeStartObject();
    json.writeStringField("scenario", c.projection().scenario().id());
    json.writeStringField("reference", c.reference().scenario().id());
    json.writeArrayFieldStart("summary");
    for (String sentence : c.summary()) {
      json.writeString(sentence);
    }
    json.writeEndArray();
    json.writeNumberField("year", c.projection().last().year());
    json.writeArrayFieldStart("positions");
    for (Position p : c.positions()) {
      json.writeStartObject();
      json.writeStringField("actor", p.actor());
      json.writeStringField("arena", p.arena());
      json.writeNumberField("rank", p.rank());
      json.writeNumberField("index", Text.decimal(p.index()));
      pillars(json, "pillars", p.pillars());
      if (p.referenceRank() != null) {
        json.writeNumberField("reference_rank", p.referenceRank());
        json.writeNumberField("reference_index", Text.decimal(p.referenceIndex()));
        pillars(json, "reference_pillars", p.referencePillars());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    if (c.attribution().isPresent()) {
      attribution(json, c.attribution().get());
    }
    json.writeEndObject();
  }

  private static void pillars(JsonGenerator json, String field, Map<String, Double> values) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      json.writeNumberField(e.getKey(), Text.decimal(e.getValue()));
    }
    json.writeEndObject();
  }

  private static void attribution(JsonGenerator json, Attribution a) throws IOException {
    json.writeObjectFieldStart("attribution");
    json.writeStringField("actor", a.actor());
    json.writeStringField("method", "aumann-shapley");
    json.writeNumberField("start_year", a.startYear());
    json.writeNumberField("end_year", a.endYear());
    json.writeNumberField("start_index", Text.decimal(a.startIndex()));
    json.writeNumberField("end_index", Text.decimal(a.endIndex()));
    json.writeArrayFieldStart("contributions");
    for (Attribution.Contribution c : a.contributions()) {
      json.writeStartObject();
      json.writeStringField("rule", c.rule());
      json.writeNumberField("index_points", Text.decimal(c.index()));
      pillars(json, "pillar_points", c.points());
      json.writeNumberField("first_year", c.firstYear());
      json.writeNumberField("last_year", c.lastYear());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("bounds", Text.decimal(a.bounds()));
    json.writeEndObject();
  }
}

package dev.stratsim.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratsim.report.Json;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.UncertainInput;
import dev.stratsim.uncertainty.Correlation;
import java.io.IOException;
import java.io.PrintWriter;

/** The JSON of {@code simulate}, documented in docs/json-output.md. */
final class SimulateJson implements SimulateFormat {

  @Override
  public void write(Report report, PrintWriter out) {
    SimulationResult r = report.result();
    Json.write(out, json -> {
      json.writeStartObject();
      json.writeStringField("scenario", report.scenario().id());
      json.writeStringField("title", report.scenario().title());
      json.writeObjectFieldStart("fingerprint");
      json.writeStringField("stratsim", report.version());
      json.writeStringField("rules_sha256", report.rulesSha256());
      json.writeStringField("scenario_sha256", report.scenario().sha256());
      json.writeEndObject();
      json.writeNumberField("samples", r.done());
      json.writeNumberField("seed", r.settings().seed());
      json.writeStringField("sampling", r.settings().sampling().name());
      if (r.convergence() != null) {
        Simulation.Convergence c = r.convergence();
        json.writeObjectFieldStart("until_stable");
        Json.number(json, "tolerance", c.asked().tolerance());
        json.writeNumberField("batch_size", c.asked().batch());
        json.writeNumberField("batches", c.batches());
        Json.number(json, "moved", c.moved());
        json.writeBooleanField("converged", c.converged());
        json.writeEndObject();
      }
      json.writeBooleanField("stopped", r.stopped());
      json.writeNumberField("year", r.year());
      json.writeArrayFieldStart("inputs");
      for (UncertainInput in : r.template().inputs()) {
        json.writeStartObject();
        json.writeStringField("path", in.path());
        json.writeStringField("distribution", in.distribution().describe());
        Json.value(json, "central", in.distribution().central());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("correlations");
      for (Correlation.Pair pair : r.template().correlation().pairs()) {
        json.writeStartObject();
        json.writeArrayFieldStart("between");
        json.writeString(r.template().inputs().get(pair.first()).path());
        json.writeString(r.template().inputs().get(pair.second()).path());
        json.writeEndArray();
        Json.number(json, "rank", pair.rank());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("actors");
      for (Actor actor : report.byMeanIndex()) {
        json.writeStartObject();
        json.writeStringField("id", actor.id());
        json.writeStringField("arena", report.arenas().getOrDefault(actor.id(), ""));
        json.writeFieldName("index");
        stats(json, report.index(actor));
        json.writeObjectFieldStart("rank");
        for (var e : report.rank(actor).counts().entrySet()) {
          Json.number(json, Integer.toString(e.getKey().intValue()),
              e.getValue() / (double) r.done());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("metrics");
      for (Summary s : report.extraSummaries()) {
        json.writeStartObject();
        json.writeStringField("metric", s.metric().text());
        if (s.metric().isCheck()) {
          Json.number(json, "probability", s.probability());
        } else {
          json.writeFieldName("value");
          stats(json, s);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void stats(JsonGenerator json, Summary s) throws IOException {
    json.writeStartObject();
    Json.number(json, "mean", s.mean());
    double[] p = s.percentiles(PERCENTILES);
    for (int i = 0; i < p.length; i++) {
      Json.number(json, "p" + (int) PERCENTILES[i], p[i]);
    }
    json.writeEndObject();
  }
}

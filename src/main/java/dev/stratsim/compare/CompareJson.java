package dev.stratsim.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratsim.engine.Projection;
import dev.stratsim.report.Json;
import dev.stratsim.scenario.Actor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/** The JSON of {@code compare}, documented in docs/json-output.md. */
final class CompareJson implements CompareFormat {

  @Override
  public void write(Comparison c, PrintWriter out) {
    Json.write(out, json -> {
      json.writeStartObject();
      json.writeNumberField("year", c.year());
      json.writeStringField("against", c.baseline().scenario().id());
      json.writeArrayFieldStart("scenarios");
      for (Projection p : CompareFormat.ordered(c)) {
        json.writeStartObject();
        json.writeStringField("scenario", p.scenario().id());
        json.writeStringField("title", p.scenario().title());
        json.writeStringField("scenario_sha256", p.scenario().sha256());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("actors");
      for (Actor actor : c.competitors()) {
        json.writeStartObject();
        json.writeStringField("id", actor.id());
        json.writeStringField("name", actor.name());
        json.writeStringField("arena", c.arena(actor.id()));
        json.writeArrayFieldStart("positions");
        for (Projection p : CompareFormat.ordered(c)) {
          json.writeStartObject();
          json.writeStringField("scenario", p.scenario().id());
          position(json, c, c.position(p, actor.id()));
          json.writeFieldName("delta");
          json.writeStartObject();
          position(json, c, c.delta(p, actor.id()));
          json.writeEndObject();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void position(JsonGenerator json, Comparison c,
      Optional<Comparison.Position> position) throws IOException {
    if (position.isEmpty()) {
      return;
    }
    json.writeNumberField("rank", position.get().rank());
    Json.number(json, "index", position.get().index());
    json.writeObjectFieldStart("pillars");
    for (String pillar : c.pillars()) {
      Json.number(json, pillar, position.get().pillars().get(pillar));
    }
    json.writeEndObject();
  }
}

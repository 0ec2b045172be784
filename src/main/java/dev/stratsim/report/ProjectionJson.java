package dev.stratsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import java.io.IOException;

/**
 * One projection as the {@code run --format json} contract writes it, for outputs that embed it
 * (the report's JSON): the contract stays written in one place.
 */
public final class ProjectionJson {
  private ProjectionJson() {}

  /** Writes the projection with {@link Json#MAPPER}, whatever generator {@code json} came from. */
  public static void write(JsonGenerator json, Projection projection, Vocabulary vocabulary,
      String version) throws IOException {
    Json.MAPPER.writeValue(json, JsonFormat.run(projection, new RunOptions(null, false, false, vocabulary, version)));
  }
}

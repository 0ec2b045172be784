package dev.stratsim.output.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.output.Json;

/**
 * One projection as the {@code run --format json} contract writes it, for outputs that embed it
 * (the report's JSON): the contract stays written in one place.
 */
public final class ProjectionJson {
  private ProjectionJson() {}

  /** The projection as a record {@link Json#MAPPER} writes, for a record that holds it. */
  public static Object of(Projection projection, Vocabulary vocabulary, String version) {
    return JsonFormat.run(projection, new RunOptions(null, false, false, vocabulary, version));
  }
}

package dev.stratsim.output.compare;

import dev.stratsim.analysis.compare.Comparison;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stratsim.engine.Projection;
import dev.stratsim.output.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of {@code compare}, documented in docs/json-output.md: the records below, through
 * {@link Json#MAPPER}.
 */
final class CompareJson implements CompareFormat {

  @Override
  public void write(Comparison c, PrintWriter out) {
    List<Projection> ordered = CompareFormat.ordered(c);
    Json.write(out, new Document(c.year(), c.baseline().scenario().id(),
        ordered.stream().map(p -> new Scenario(p.scenario().id(), p.scenario().title(), p.scenario().sha256()))
            .toList(),
        c.competitors().stream().map(actor -> new Actor(actor.id(), actor.name(), c.arena(actor.id()),
            ordered.stream().map(p -> new Place(p.scenario().id(), at(c, c.position(p, actor.id())),
                new Delta(at(c, c.delta(p, actor.id()))))).toList())).toList()));
  }

  @JsonInclude(Include.ALWAYS)
  record Document(int year, String against, List<Scenario> scenarios, List<Actor> actors) {}

  @JsonInclude(Include.ALWAYS)
  record Scenario(String scenario, String title, String scenarioSha256) {}

  @JsonInclude(Include.ALWAYS)
  record Actor(String id, String name, String arena, List<Place> positions) {}

  /** A competitor in one scenario; {@code at} is left out where it does not compete. */
  record Place(String scenario, @JsonUnwrapped At at, Delta delta) {}

  /** The difference to the baseline, an empty object where there is none. */
  record Delta(@JsonUnwrapped At at) {}

  record At(int rank, @JsonSerialize(using = Json.Rounded.class) double index,
      @JsonSerialize(contentUsing = Json.Rounded.class) Map<String, Double> pillars) {}

  private static At at(Comparison c, Optional<Comparison.Position> position) {
    if (position.isEmpty()) {
      return null;
    }
    Map<String, Double> pillars = new LinkedHashMap<>();
    for (String pillar : c.pillars()) {
      pillars.put(pillar, position.get().pillars().get(pillar));
    }
    return new At(position.get().rank(), position.get().index(), pillars);
  }
}

package dev.stratsim.analysis.diff;

import dev.stratsim.analysis.simulate.Simulation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What changing the rules from the base to the current version does to a suite of scenarios.
 *
 * @param tolerance in points of a 0-100 scale; smaller moves are not reported
 * @param sampling the Monte Carlo samples scenarios with distributions were compared on, if any
 */
public record DiffReport(String baseLabel, String currentLabel, double tolerance, ModelChanges model,
    List<ScenarioDiff> scenarios, Optional<Simulation.Settings> sampling, String version) {

  /** Which kind of change makes {@code diff --fail-on} exit 1. */
  public enum FailOn { RANK, INDEX, ANY }

  public DiffReport {
    scenarios = List.copyOf(scenarios);
  }

  public List<ScenarioDiff.Compared> compared() {
    return scenarios.stream().filter(s -> s instanceof ScenarioDiff.Compared)
        .map(s -> (ScenarioDiff.Compared) s).toList();
  }

  public List<ScenarioDiff.OneSided> oneSided() {
    return scenarios.stream().filter(s -> s instanceof ScenarioDiff.OneSided)
        .map(s -> (ScenarioDiff.OneSided) s).toList();
  }

  /**
   * Whether a change of that kind occurred in a projection: a rank (in the central run or in some
   * sample), an index beyond the tolerance (in the central run, or a mean over the samples), or
   * (any) any reported difference in a scenario, including scenarios that load on one side only.
   * Edits to the rules' text that change no projection do not count.
   */
  public boolean triggers(FailOn kind) {
    Tolerance points = new Tolerance(tolerance);
    return switch (kind) {
      case RANK -> anyMove(Move.Kind.RANK) || sampledActors().anyMatch(a -> a.rankChanged() > 0);
      case INDEX -> anyMove(Move.Kind.INDEX)
          || sampledActors().anyMatch(a -> points.moved(a.baseMeanIndex(), a.currentMeanIndex()));
      case ANY -> scenarios.stream().anyMatch(ScenarioDiff::changed);
    };
  }

  private boolean anyMove(Move.Kind kind) {
    return compared().stream().flatMap(s -> s.actors().stream()).flatMap(a -> a.moves().stream())
        .anyMatch(m -> m.kind() == kind);
  }

  private Stream<SampledDiff.Actor> sampledActors() {
    return compared().stream().flatMap(s -> s.sampled().stream()).flatMap(s -> s.actors().stream());
  }

  /** {@code 7 scenarios: 2 changed, 4 unchanged, 1 on one side only}. */
  public String summary() {
    long changed = compared().stream().filter(ScenarioDiff::changed).count();
    long unchanged = compared().size() - changed;
    int oneSided = oneSided().size();
    return scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s") + ": " + changed + " changed, "
        + unchanged + " unchanged" + (oneSided > 0 ? ", " + oneSided + " on one side only" : "");
  }
}

package dev.stratsim.diff;

import java.util.List;

/**
 * What changing the rules from the base to the current version does to a suite of scenarios.
 *
 * @param tolerance in points of a 0-100 scale; smaller moves are not reported
 */
public record DiffReport(String baseLabel, String currentLabel, double tolerance, ModelChanges model,
    List<ScenarioDiff> scenarios, String version) {

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
   * Whether a change of that kind occurred in a projection: a rank, an index beyond the
   * tolerance, or (any) any reported difference in a scenario, including scenarios that load on
   * one side only. Edits to the rules' text that change no projection do not count.
   */
  public boolean triggers(FailOn kind) {
    return switch (kind) {
      case RANK -> anyMove(Move.Kind.RANK);
      case INDEX -> anyMove(Move.Kind.INDEX);
      case ANY -> scenarios.stream().anyMatch(ScenarioDiff::changed);
    };
  }

  private boolean anyMove(Move.Kind kind) {
    return compared().stream().flatMap(s -> s.actors().stream()).flatMap(a -> a.moves().stream())
        .anyMatch(m -> m.kind() == kind);
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

package dev.stratsim.analysis.diff;

import dev.stratsim.model.Unit;
import java.util.List;

/**
 * A rule that fires differently under the current rules than under the base ones in a scenario.
 *
 * @param effects for a rule that changed its effect, each actor's metric whose total change from
 *     the rule over the run moved beyond the tolerance
 */
public record RuleChange(String rule, Kind kind, int baseFirings, int currentFirings, List<EffectMove> effects) {

  public enum Kind { NEWLY_FIRING, NO_LONGER_FIRING, DIFFERENT_EFFECT }

  /** A rule's total effect on one actor's metric over the run, on each side, in the metric's unit. */
  public record EffectMove(String actor, String metric, Unit unit, double base, double current) {}

  public RuleChange {
    effects = List.copyOf(effects);
  }
}

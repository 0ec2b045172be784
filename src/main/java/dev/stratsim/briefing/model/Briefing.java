package dev.stratsim.briefing.model;

import dev.stratsim.analysis.calibrate.CalibrationResult;
import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report says, before it is written in any format: one case per scenario asked
 * for, each against its reference, and what every reader needs to reproduce it.
 *
 * @param generatedAt an ISO-8601 instant, or null unless {@code --timestamp} was given
 * @param focus the actor the summary and the waterfall follow (by default the first acquirer)
 * @param uncertainty the Monte Carlo part, present only with {@code --samples}
 * @param calibration what {@code calibrate} found, present only with {@code --calibration}
 */
public record Briefing(String title, String generatedAt, String focus, List<Case> cases,
    Vocabulary vocabulary, Fingerprint fingerprint, Optional<Uncertainty> uncertainty,
    Optional<CalibrationResult> calibration, Map<String, String> rationales) {

  public Briefing(String title, String generatedAt, String focus, List<Case> cases, Vocabulary vocabulary,
      Fingerprint fingerprint, Optional<Uncertainty> uncertainty, Optional<CalibrationResult> calibration) {
    this(title, generatedAt, focus, cases, vocabulary, fingerprint, uncertainty, calibration, Map.of());
  }

  public Briefing(String title, String generatedAt, String focus, List<Case> cases, Vocabulary vocabulary,
      Fingerprint fingerprint, Optional<Uncertainty> uncertainty) {
    this(title, generatedAt, focus, cases, vocabulary, fingerprint, uncertainty, Optional.empty());
  }

  /**
   * A scenario with its reference.
   *
   * @param reference the scenario compared against; the case's own projection when the scenario
   *     is its own reference (the first scenario, with no parent and no {@code --against})
   */
  public record Case(Projection projection, Projection reference, Optional<String> description,
      List<Position> positions, Optional<Attribution> attribution, List<String> summary) {

    public boolean isOwnReference() {
      return projection == reference;
    }
  }

  /** The projections shown side by side: each reference first, then the cases, each once. */
  public List<Projection> sideBySide() {
    List<Projection> all = new ArrayList<>();
    for (Case c : cases) {
      if (all.stream().noneMatch(p -> p.scenario().id().equals(c.reference().scenario().id()))) {
        all.add(c.reference());
      }
    }
    for (Case c : cases) {
      if (all.stream().noneMatch(p -> p.scenario().id().equals(c.projection().scenario().id()))) {
        all.add(c.projection());
      }
    }
    return all;
  }

  /** Every projection in the report, for inputs and the appendix: cases and references, once each. */
  public List<Projection> projections() {
    return sideBySide();
  }

  String name(String actor) {
    for (Projection p : projections()) {
      var a = p.scenario().actors().get(actor);
      if (a != null) {
        return a.name();
      }
    }
    return actor;
  }
}

package dev.stratsim.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.model.Unit;
import dev.stratsim.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two small rule folders with a known change between them: the growth knob doubled, "Labs
 * improve their algorithms" removed, "The data leader gains algorithms" added, a metric added.
 * The expected numbers are worked out by hand from the rules (the index is a plain average).
 */
class RulesDiffTest {
  static final Path DIR = Path.of("src/test/resources/ci/diff");
  static final Path RACE = DIR.resolve("scenarios/race.yaml");
  static final Path TALENT = DIR.resolve("scenarios/talent.yaml");

  static RuleSide base;
  static RuleSide current;
  static DiffReport report;

  @BeforeAll
  static void compare() {
    base = Sides.baseFromFolder(DIR.resolve("base"));
    current = Sides.current(DIR.resolve("current"));
    report = RulesDiff.compare(base, current, List.of(RACE, TALENT), 0.05);
  }

  @Test
  void theModelChangesAreExactlyTheEdits() {
    ModelChanges model = report.model();

    assertThat(model.rules()).containsExactly(
        new ModelChanges.RuleEdit("The data leader gains algorithms", ModelChanges.Edit.ADDED,
            DIR.resolve("current/growth.drl"), 26),
        new ModelChanges.RuleEdit("Labs improve their algorithms", ModelChanges.Edit.REMOVED,
            DIR.resolve("base/growth.drl"), 26));
    assertThat(model.knobs()).containsExactly(
        new ModelChanges.KnobChange("growth", 1, 2),
        new ModelChanges.KnobChange("leader_gain", Double.NaN, 3),
        new ModelChanges.KnobChange("lab_gain", 3, Double.NaN));
    assertThat(model.metricsAdded()).containsExactly("talent");
    assertThat(model.metricsRemoved()).isEmpty();
  }

  @Test
  void eachActorsMovesAreExactlyWhatTheChangeDoes() {
    ScenarioDiff.Compared race = report.compared().get(0);

    assertThat(race.id()).isEqualTo("race");
    assertThat(race.actors()).extracting(ActorDiff::actor).containsExactly("acme", "globex", "initech");
    assertMoves(race.actors().get(0), List.of(
        new Move("rank", Move.Kind.RANK, Unit.COUNT, 2026, 2025, 3, 2),
        new Move("index", Move.Kind.INDEX, Unit.POINTS, 2026, 2025, 211.0 / 3, 213.0 / 3),
        new Move("data", Move.Kind.PILLAR, Unit.POINTS, 2026, 2025, 62, 64)));
    assertMoves(race.actors().get(1), List.of(
        new Move("index", Move.Kind.INDEX, Unit.POINTS, 2026, 2025, 249.0 / 3, 257.0 / 3),
        new Move("data", Move.Kind.PILLAR, Unit.POINTS, 2026, 2025, 82, 84),
        new Move("algorithms", Move.Kind.PILLAR, Unit.POINTS, 2026, 2025, 85, 91)));
    assertMoves(race.actors().get(2), List.of(
        new Move("rank", Move.Kind.RANK, Unit.COUNT, 2026, 2025, 2, 3),
        new Move("index", Move.Kind.INDEX, Unit.POINTS, 2026, 2025, 215.0 / 3, 211.0 / 3),
        new Move("data", Move.Kind.PILLAR, Unit.POINTS, 2026, 2025, 67, 69),
        new Move("algorithms", Move.Kind.PILLAR, Unit.POINTS, 2026, 2025, 76, 70)));
  }

  @Test
  void rulesThatFireDifferentlyAreNamedWithHowTheirEffectChanged() {
    List<RuleChange> rules = report.compared().get(0).rules();

    assertThat(rules).extracting(RuleChange::rule, RuleChange::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Data grows every year", RuleChange.Kind.DIFFERENT_EFFECT),
        org.assertj.core.groups.Tuple.tuple("Labs improve their algorithms", RuleChange.Kind.NO_LONGER_FIRING),
        org.assertj.core.groups.Tuple.tuple("The data leader gains algorithms", RuleChange.Kind.NEWLY_FIRING));
    assertThat(rules.get(0).effects()).containsExactly(
        new RuleChange.EffectMove("acme", "data", Unit.POINTS, 2, 4),
        new RuleChange.EffectMove("globex", "data", Unit.POINTS, 2, 4),
        new RuleChange.EffectMove("initech", "data", Unit.POINTS, 2, 4));
    assertThat(rules.get(1).baseFirings()).isEqualTo(2);
    assertThat(rules.get(2).currentFirings()).isEqualTo(2);
  }

  @Test
  void anExpectationThatFlipsIsReported() {
    assertThat(report.compared().get(0).expectations()).singleElement().satisfies(e -> {
      assertThat(e.expect()).isEqualTo("initech.rank@2026 == 2");
      assertThat(e.baseHolds()).isTrue();
      assertThat(e.currentHolds()).isFalse();
      assertThat(e.currentDetail()).isEqualTo("initech.rank@2026 == 2: initech.rank@2026 was 3");
    });
  }

  @Test
  void aScenarioThatLoadsOnOneSideOnlyIsReportedNotFatal() {
    assertThat(report.oneSided()).singleElement().satisfies(o -> {
      assertThat(o.file()).isEqualTo(TALENT);
      assertThat(o.loadsOn()).isEqualTo("current");
      assertThat(o.problems()).singleElement().asString().contains("unknown key 'talent' in actors.acme");
    });
    assertThat(report.summary()).isEqualTo("2 scenarios: 1 changed, 0 unchanged, 1 on one side only");
  }

  @Test
  void failOnTriggersOnTheKindOfChangeAsked() {
    DiffReport same = RulesDiff.compare(base, base, List.of(RACE), 0.05);

    assertThat(report.triggers(DiffReport.FailOn.RANK)).isTrue();
    assertThat(report.triggers(DiffReport.FailOn.INDEX)).isTrue();
    assertThat(report.triggers(DiffReport.FailOn.ANY)).isTrue();
    assertThat(same.compared()).singleElement().satisfies(s -> assertThat(s.changed()).isFalse());
    for (DiffReport.FailOn kind : DiffReport.FailOn.values()) {
      assertThat(same.triggers(kind)).as(kind.name()).isFalse();
    }
  }

  @Test
  void aToleranceLeavesOutSmallerMoves() {
    DiffReport coarse = RulesDiff.compare(base, current, List.of(RACE), 2.5);
    List<ActorDiff> actors = coarse.compared().get(0).actors();

    // Ranks always count; index moves of 0.7 and 1.3 and data moves of 2 stay below 2.5 points.
    assertThat(actors.get(0).moves()).extracting(Move::measure).containsExactly("rank");
    assertThat(actors.get(1).moves()).extracting(Move::measure).containsExactly("index", "algorithms");
    assertThat(actors.get(2).moves()).extracting(Move::measure).containsExactly("rank", "algorithms");
    assertThat(coarse.triggers(DiffReport.FailOn.INDEX)).isTrue();
  }

  @Test
  void aScenarioThatLoadsOnNeitherSideIsInvalidInput() {
    Path broken = Path.of("src/test/resources/ci/bad/bad-expectation.yaml");

    assertThatThrownBy(() -> RulesDiff.compare(base, current, List.of(broken), 0.05))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad-expectation.yaml:6:22: expect[0] does not parse");
  }

  @Test
  void aBaseThatDoesNotCompileNamesTheSideTheFileAndTheLine() {
    assertThatThrownBy(() -> Sides.baseFromFolder(DIR.resolve("broken")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString(DIR.resolve("broken/growth.drl") + ":22: base rules do not compile: mismatched input"
                + " 'then' in rule \"Hardware grows every year\""));
  }

  private static void assertMoves(ActorDiff actor, List<Move> expected) {
    assertThat(actor.moves()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Move m = actor.moves().get(i);
      Move e = expected.get(i);
      assertThat(m.measure()).isEqualTo(e.measure());
      assertThat(m.kind()).isEqualTo(e.kind());
      assertThat(m.unit()).isEqualTo(e.unit());
      assertThat(m.year()).isEqualTo(e.year());
      assertThat(m.firstYear()).as(actor.actor() + " " + m.measure()).isEqualTo(e.firstYear());
      assertThat(m.base()).isCloseTo(e.base(), within(1e-9));
      assertThat(m.current()).isCloseTo(e.current(), within(1e-9));
    }
  }
}

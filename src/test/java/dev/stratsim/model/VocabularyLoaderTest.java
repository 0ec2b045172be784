package dev.stratsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyLoaderTest {
  static final Path RULES = Path.of("src/test/resources/model/rules");

  @TempDir Path dir;

  @Test
  void loadsMetricsAndKnobs() {
    Vocabulary vocabulary = VocabularyLoader.load(RULES);

    assertThat(vocabulary.pillars()).as("in declaration order").containsExactly("data", "hardware", "algorithms");
    assertThat(vocabulary.metrics().get("data")).isEqualTo(new MetricDef("data", 0, 100, true,
        false, Unit.POINTS, "Access to large volumes of high-quality annotated data."));
    assertThat(vocabulary.metrics().get("valuation_usd").unit()).isEqualTo(Unit.USD);
    assertThat(vocabulary.metrics().get("capital_usd").max()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(vocabulary.metrics().get("valuation_usd").max())
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(vocabulary.metrics().get("index").derived()).isTrue();
    assertThat(vocabulary.knobs().get("supplier_switch_years")).isEqualTo(new KnobDef(
        "supplier_switch_years", 2, 0.5, 10, "years",
        "Rivals took one to two quarters to requalify a supplier, longer for niche data."));
  }

  @Test
  void reportsEveryProblemInBothFiles() throws IOException {
    Path metrics = Files.writeString(dir.resolve("metrics.yaml"), """
        data:
          pillar: yes
          mx: 100
          unit: points
        hardware:
          pillar: true
          derived: true
          unit: points
          about: Compute.
        Speed:
          unit: points
          about: Not a valid name.
        name:
          unit: points
          about: Clashes with the actor field.
        range:
          min: 5
          max: 3
          unit: points
          about: Empty range.
        customers:
          about: No unit.
        valuation_usd:
          unit: usds
          about: An unknown unit.
        algorithms:
          pillar: true
          unit: usd
          about: A pillar must be in points.
        """);
    Path knobs = Files.writeString(dir.resolve("assumptions.yaml"), """
        supplier_switch_years:
          default: 20
          min: 0.5
          max: 10
          unit: years
          why: Rivals took a while.
        bare:
          default: 1
        extra:
          default: 1
          unit: share
          why: Because.
          source: somewhere
        """);

    assertThatThrownBy(() -> VocabularyLoader.load(dir))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly(
                Problem.at(metrics, 2, 3, "data.about is required: one sentence on what the"
                    + " metric measures"),
                Problem.at(metrics, 2, 11, "data.pillar must be true or false, not 'yes'"),
                Problem.at(metrics, 3, 3, "unknown key 'mx' in data; did you mean 'max'?"),
                Problem.at(metrics, 6, 3, "hardware cannot be both a pillar and derived:"
                    + " scenarios set pillars, rules compute derived metrics; drop one"),
                Problem.at(metrics, 10, 1, "metric name 'Speed' must match [a-z][a-z0-9_]*"
                    + " (lowercase letters, digits and underscores)"),
                Problem.at(metrics, 13, 1, "metric name 'name' is taken by an actor field;"
                    + " rename the metric"),
                Problem.at(metrics, 18, 8, "range.max must not be below range.min (5)"),
                Problem.at(metrics, 22, 3, "customers.unit is required: one of points, usd,"
                    + " share, count, level"),
                Problem.at(metrics, 24, 9, "valuation_usd.unit must be one of points, usd, share,"
                    + " count, level, not 'usds'; did you mean 'usd'?"),
                Problem.at(metrics, 28, 9, "algorithms.unit must be points: algorithms is a pillar,"
                    + " and the index that averages the pillars is in points"),
                Problem.at(knobs, 2, 12, "supplier_switch_years.default must be a number"
                    + " between 0.5 and 10, not 20"),
                Problem.at(knobs, 8, 3, "bare.unit is required: the unit, e.g. years, points,"
                    + " share, usd, ratio"),
                Problem.at(knobs, 8, 3, "bare.why is required: the reason for the default"
                    + " value"),
                Problem.at(knobs, 13, 3, "unknown key 'source' in extra; allowed keys:"
                    + " default, min, max, at_most, below, unit, why, calibrate, fit_min, fit_max, calibrated")));
  }

  @Test
  void calibratableKnobsCarryTheirSearchBounds() throws IOException {
    Files.copy(RULES.resolve("metrics.yaml"), dir.resolve("metrics.yaml"));
    Files.writeString(dir.resolve("assumptions.yaml"), """
        narrowed: { default: 2, min: 0, max: 10, calibrate: true, fit_min: 1, fit_max: 4, unit: years, why: Because. }
        whole: { default: 0.5, min: 0, max: 1, calibrate: true, calibrated: "fitted to x", unit: share, why: Because. }
        fixed: { default: 1, min: 0, max: 2, unit: points, why: Because. }
        """);

    Vocabulary vocabulary = VocabularyLoader.load(dir);

    assertThat(vocabulary.knobs().get("narrowed").fit()).isEqualTo(new KnobDef.Fit(1, 4));
    assertThat(vocabulary.knobs().get("whole").fit()).as("the knob's own bounds").isEqualTo(new KnobDef.Fit(0, 1));
    assertThat(vocabulary.knobs().get("whole").calibrated()).isEqualTo("fitted to x");
    assertThat(vocabulary.knobs().get("fixed").calibratable()).isFalse();
  }

  @Test
  void reportsSearchBoundsThatCannotBeSearched() throws IOException {
    Files.copy(RULES.resolve("metrics.yaml"), dir.resolve("metrics.yaml"));
    Path knobs = Files.writeString(dir.resolve("assumptions.yaml"), """
        inverted: { default: 2, min: 0, max: 10, calibrate: true, fit_min: 4, fit_max: 1, unit: years, why: Because. }
        open: { default: 2, min: 0, calibrate: true, unit: usd, why: Because. }
        outside: { default: 2, min: 0, max: 10, calibrate: true, fit_max: 12, unit: years, why: Because. }
        unmarked: { default: 2, min: 0, max: 10, fit_min: 1, unit: years, why: Because. }
        """);

    assertThatThrownBy(() -> VocabularyLoader.load(dir))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(
                knobs + ":1:80: inverted.fit_max (1) must be above inverted.fit_min (4)",
                knobs + ":2:7: open is marked calibrate: true but has no upper bound to search to; give fit_max",
                knobs + ":3:67: outside.fit_max must be a number between 0 and 10, not 12",
                knobs + ":4:11: unmarked has fit_min or fit_max but no calibrate: true; add calibrate: true or"
                    + " remove the fit bounds"));
  }

  @Test
  void reportsAMissingFile() throws IOException {
    Files.copy(RULES.resolve("metrics.yaml"), dir.resolve("metrics.yaml"));

    assertThatThrownBy(() -> VocabularyLoader.load(dir))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly(Problem.inFile(dir.resolve("assumptions.yaml"),
                "file not found; check the path")));
  }

  @Test
  void rolesPlaceActorsInArenasByAnyOfTheirNames() {
    Vocabulary vocabulary = VocabularyLoader.load(Path.of("rules"));

    assertThat(vocabulary.arenaOf("chipmaker")).isEqualTo("chips");
    assertThat(vocabulary.arenaOf("chip-maker")).as("another name for it").isEqualTo("chips");
    assertThat(vocabulary.sells("data-vendor")).isEqualTo("data");
    assertThat(vocabulary.arenaOf("carmaker")).as("undeclared: the fallback arena").isEqualTo("models");
    assertThat(vocabulary.sells("carmaker")).isEmpty();
    assertThat(vocabulary.maker("chip-maker")).as("a chip maker makes what it sells").isTrue();
    assertThat(vocabulary.maker("cloud")).as("a cloud sells capacity it does not make").isFalse();
    assertThat(vocabulary.maker("carmaker")).isFalse();
    assertThat(vocabulary.phases()).extracting(PhaseDef::name).startsWith("roles").endsWith("rank");
  }

  @Test
  void aNameMayStandForOneRoleOnly() throws IOException {
    assertThat(rolesProblems("""
        arenas:
          models: { fallback: true, about: Model builders. }
        roles:
          lab: { arena: models, also: [startup], about: A lab. }
          platform: { arena: models, also: [startup, Big], about: A platform. }
        """))
        .anySatisfy(m -> assertThat(m).contains("'startup' in roles.platform.also already names role lab"))
        .anySatisfy(m -> assertThat(m).contains("roles.platform.also 'Big' must match"));
  }

  @Test
  void aMakerMakesThePillarItSells() throws IOException {
    assertThat(rolesProblems("""
        arenas:
          models: { fallback: true, about: Model builders. }
        roles:
          fund: { maker: true, about: An investor. }
        """))
        .anySatisfy(m -> assertThat(m)
            .contains("roles.fund.maker needs sells: a role makes the pillar it sells; add sells: PILLAR or leave maker out"));
  }

  @Test
  void rivalArenasAreDeclaredArenasAndWorkBothWays() throws IOException {
    assertThat(rolesProblems("""
        arenas:
          models: { fallback: true, about: Model builders. }
          apps: { rivals: [models, apps, games], about: Apps. }
        roles:
          lab: { arena: models, about: A lab. }
        """))
        .anySatisfy(m -> assertThat(m).contains("arenas.apps.rivals names 'apps', which is the arena itself; name one of models"))
        .anySatisfy(m -> assertThat(m).contains("arenas.apps.rivals names 'games', which is not an arena declared here"));
    Vocabulary stock = VocabularyLoader.load(Path.of("rules"));
    assertThat(stock.rivalArenas("applications")).containsExactly("models");
    assertThat(stock.rivalArenas("models")).as("declared on one side, rivals on both").containsExactly("applications");
    assertThat(stock.rivalArenas("chips")).isEmpty();
  }

  /** The problems a rules folder with the stock metrics and knobs and these roles is refused with. */
  private List<String> rolesProblems(String roles) throws IOException {
    Files.copy(RULES.resolve("metrics.yaml"), dir.resolve("metrics.yaml"));
    Files.copy(RULES.resolve("assumptions.yaml"), dir.resolve("assumptions.yaml"));
    Files.writeString(dir.resolve("roles.yaml"), roles);
    InvalidInputException refused = catchThrowableOfType(() -> VocabularyLoader.load(dir), InvalidInputException.class);
    assertThat(refused).isNotNull();
    return refused.problems().stream().map(Problem::message).toList();
  }
}

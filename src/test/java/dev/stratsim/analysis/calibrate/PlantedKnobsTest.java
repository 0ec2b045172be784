package dev.stratsim.analysis.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.scenario.Scenario;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration finds knob values it was not told: the tiny rules run with planted values, every
 * pillar of every year becomes a pair of checks bracketing what the planted run shows, and a
 * calibration that starts from the rules' own (other) defaults must land on the planted values.
 */
class PlantedKnobsTest {
  static final Path RULES = Path.of("src/test/resources/calibrate/rules");
  static final Map<String, Double> PLANTED = Map.of("growth", 2.3, "lab_gain", 4.1, "decay", 0.12);
  /** How far either way each check lets a pillar be from the planted run, in points. */
  static final double BRACKET = 0.3;

  @TempDir Path suite;

  @Test
  void recoversThePlantedKnobsFromChecksTheyGenerated() throws IOException {
    RuleSet rules = RuleSet.load(RULES);
    plant(rules, "acme", "Acme, a lab", "lab", 60, 70, 70, 2028);
    plant(rules, "globex", "Globex, a platform", "platform", 80, 85, 80, 2027);
    List<FitKnob> knobs = KnobSelection.resolve(rules, List.of());
    assertThat(knobs).extracting(FitKnob::start).as("the search starts away from the planted values")
        .containsExactly(1.0, 2.0, 0.05);

    CalibrationResult result = new Calibration(rules).run(Suite.load(rules, List.of(suite),
        Scenarios.find(List.of(suite))), knobs, new Calibration.Settings(7, 400, false, 2), Progress.NONE,
        StopSignal.manual());

    assertThat(result.before().held()).as("the defaults miss a side of most brackets")
        .isLessThan(result.before().total() * 3 / 4);
    assertThat(result.fitted().held()).isEqualTo(result.fitted().total());
    for (CalibrationResult.Knob knob : result.knobs()) {
      assertThat(knob.fitted()).as(knob.name())
          .isCloseTo(PLANTED.get(knob.name()), within(0.02 * (knob.high() - knob.low())));
      assertThat(knob.nearlyLow()).as(knob.name() + " is pinned").isLessThanOrEqualTo(knob.fitted());
      assertThat(knob.flat()).as(knob.name()).isFalse();
    }
  }

  /** A scenario whose checks bracket each pillar in each year of the planted run. */
  private void plant(RuleSet rules, String id, String title, String role, double data, double hardware,
      double algorithms, int end) throws IOException {
    String text = "title: " + title + "\nperiod: { start: 2025, end: " + end + " }\nactors:\n  " + id + ": { name: "
        + id + ", role: " + role + ", data: " + data + ", hardware: " + hardware + ", algorithms: " + algorithms + " }\n";
    Path file = Files.writeString(suite.resolve(id + ".yaml"), text);
    Scenario scenario = new ScenarioLoader(rules.vocabulary()).load(file);
    Projection planted = new Simulator(rules).run(scenario.withKnobs(PLANTED, "planted"));
    List<String> checks = new ArrayList<>();
    for (int year = 2025; year <= end; year++) {
      for (String pillar : List.of("data", "hardware", "algorithms")) {
        double value = planted.year(year).metric(id, pillar).orElseThrow();
        String at = id + "." + pillar + "@" + year;
        checks.add("  - \"" + at + " > " + number(value - BRACKET) + "\"");
        checks.add("  - \"" + at + " < " + number(value + BRACKET) + "\"");
      }
    }
    Files.writeString(file, text + "followed:\n" + String.join("\n", checks) + "\n");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}

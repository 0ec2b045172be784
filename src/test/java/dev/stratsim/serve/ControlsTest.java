package dev.stratsim.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit each control says, which the page shows its value in (serve/app.js guesses none). */
class ControlsTest {
  @Test
  void eachControlSaysItsUnitAndDollarsAreSaidByTheModelNotGuessedByThePage() {
    Map<String, JsonNode> byPath = stockControls();

    // A deal's amounts declare no unit: their names say dollars (model.Dollars).
    assertThat(unit(byPath, "deals[0].amount_usd")).isEqualTo("usd");
    assertThat(unit(byPath, "deals[0].compute_usd")).isEqualTo("usd");
    // A knob by its unit:, a name without _usd at the end too ("usd per point").
    assertThat(unit(byPath, "assumptions.scrutiny_takeover_usd")).isEqualTo("usd");
    assertThat(unit(byPath, "assumptions.compute_usd_per_hardware_point")).isEqualTo("usd");
    assertThat(unit(byPath, "assumptions.reference_compute_budget_usd")).isEqualTo("usd");
    // Others as declared, or none.
    assertThat(unit(byPath, "deals[0].stake")).isEqualTo("share");
    assertThat(unit(byPath, "assumptions.control_stake")).isEqualTo("share");
    assertThat(unit(byPath, "assumptions.blocked_deal_cost_share")).isEqualTo("share of the deal amount");
    assertThat(unit(byPath, "assumptions.integration_years")).isEqualTo("years");
    assertThat(byPath.get("deals[0].year").has("unit")).isFalse();
    assertThat(byPath.get("deals[0].board_seats").has("unit")).isFalse();
  }

  @Test
  void aDealsUnsolicitedBidCanBeToggled() {
    assertThat(stockControls().get("deals[0].unsolicited").toString()).contains("\"false\"", "\"true\"");
  }

  /** The controls of the stock deal's scenario, by path. */
  private static Map<String, JsonNode> stockControls() {
    Vocabulary vocabulary = RuleSet.vocabulary(Path.of("rules"));
    ObjectNode controls = Controls.of(
        new ScenarioLoader(vocabulary).load(Path.of("scenarios/meta-scale-deal.yaml")), vocabulary);
    Map<String, JsonNode> byPath = new LinkedHashMap<>();
    controls.get("groups").forEach(g -> g.get("controls").forEach(c -> byPath.put(c.get("path").asText(), c)));
    return byPath;
  }

  @Test
  void aKnobsDeclaredUnitDecidesOverItsName() {
    assertThat(Controls.unit("usd per year", "assumptions.budget")).isEqualTo("usd");
    assertThat(Controls.unit("share", "assumptions.fee_share_usd")).isEqualTo("share");
    assertThat(Controls.unit(null, "deals[1].amount_usd")).isEqualTo("usd");
    assertThat(Controls.unit(null, "deals[1].year")).isEmpty();
  }

  private static String unit(Map<String, JsonNode> byPath, String path) {
    assertThat(byPath).containsKey(path);
    return byPath.get(path).get("unit").asText();
  }
}

package dev.stratsim.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchTest {
  private static final Path DEAL = Path.of("scenarios/meta-scale-deal.yaml");

  /**
   * On a small rules folder (two DRL files) and its scenario: any rules that stop compiling are
   * handled so, and a copy of the stock rules with the broken file took a second of CPU to compile.
   */
  @Test
  void aRuleEditThatDoesNotCompileIsReportedAndThePageGoesOnWithTheLastGoodRules(@TempDir Path rules)
      throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/ci/rules-tiny"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    Workbench workbench = new Workbench(rules, List.of(Path.of("src/test/resources/ci/scenarios/pass.yaml")));
    String before = workbench.evaluate("pass", List.of(), null).get("table").toString();
    Path broken = rules.resolve("broken.drl");
    Files.copy(Path.of("src/test/resources/bad-rules/syntax/broken.drl"), broken);
    Files.setLastModifiedTime(broken, FileTime.fromMillis(System.currentTimeMillis() + 5000));

    assertThat(workbench.reloadIfChanged()).isTrue();
    ObjectNode status = workbench.rulesStatus();
    assertThat(status.get("ok").asBoolean()).isFalse();
    assertThat(status.get("problems").get(0).asText()).startsWith("error: " + broken);
    assertThat(workbench.evaluate("pass", List.of(), null).get("table").toString()).isEqualTo(before);

    Files.delete(broken);
    assertThat(workbench.reloadIfChanged()).isTrue();
    assertThat(workbench.rulesStatus().get("ok").asBoolean()).isTrue();
    assertThat(workbench.reloadIfChanged()).isFalse();
  }

  @Test
  void monteCarloWithoutDistributionsOrOverTheBoundIsRefused() {
    Workbench workbench = new Workbench(Path.of("rules"), List.of(DEAL));

    assertThatThrownBy(() -> workbench.monteCarlo("meta-scale-deal", List.of(), null, 10, 1, n -> { },
        StopSignal.manual())).isInstanceOf(InvalidInputException.class).hasMessageContaining("has no distributions");
    assertThatThrownBy(() -> workbench.monteCarlo("meta-scale-deal", List.of(), null, 0, 1, n -> { },
        StopSignal.manual())).isInstanceOf(InvalidInputException.class).hasMessageContaining("out of range");
  }

  @Test
  void aSavedScenarioStandsAloneAndRunsToTheEditedNumbers(@TempDir Path dir) throws IOException {
    Workbench workbench = new Workbench(Path.of("rules"), List.of(DEAL));
    List<String> sets = List.of("deals[0].stake=0.3", "deals[0].amount_usd=9.5e9", "assumptions.integration_years=3",
        "weights.data=1.5");
    Path saved = Files.writeString(dir.resolve("meta-scale-deal-edited.yaml"), workbench.save("meta-scale-deal", sets));

    RuleSet rules = RuleSet.load(Path.of("rules"));
    Projection fromFile = new Simulator(rules).run(new ScenarioLoader(rules.vocabulary()).load(saved));
    Projection withSets = new Simulator(rules).run(new ScenarioLoader(rules.vocabulary()).load(DEAL, sets));

    assertThat(Files.readString(saved)).doesNotContain("extends:").contains("id: meta-scale-deal-edited")
        .contains("--set deals[0].stake=0.3");
    assertThat(fromFile.years()).isEqualTo(withSets.years());
    assertThat(fromFile.effects()).isEqualTo(withSets.effects());
  }

  @Test
  void anUnknownScenarioIsRefusedByName() {
    Workbench workbench = new Workbench(Path.of("rules"), List.of(DEAL));

    assertThatThrownBy(() -> workbench.evaluate("nope", List.of(), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no scenario 'nope' is served");
  }
}

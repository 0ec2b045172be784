package dev.stratsim.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.problem.InvalidInputException;
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

  @Test
  void aRuleEditThatDoesNotCompileIsReportedAndThePageGoesOnWithTheLastGoodRules(@TempDir Path rules)
      throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    Workbench workbench = new Workbench(rules, List.of(DEAL));
    String before = workbench.evaluate("meta-scale-deal", List.of(), null).get("table").toString();
    Path broken = rules.resolve("broken.drl");
    Files.copy(Path.of("src/test/resources/bad-rules/syntax/broken.drl"), broken);
    Files.setLastModifiedTime(broken, FileTime.fromMillis(System.currentTimeMillis() + 5000));

    assertThat(workbench.reloadIfChanged()).isTrue();
    ObjectNode status = workbench.rulesStatus();
    assertThat(status.get("ok").asBoolean()).isFalse();
    assertThat(status.get("problems").get(0).asText()).startsWith("error: " + broken);
    assertThat(workbench.evaluate("meta-scale-deal", List.of(), null).get("table").toString()).isEqualTo(before);

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
  void anUnknownScenarioIsRefusedByName() {
    Workbench workbench = new Workbench(Path.of("rules"), List.of(DEAL));

    assertThatThrownBy(() -> workbench.evaluate("nope", List.of(), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no scenario 'nope' is served");
  }
}

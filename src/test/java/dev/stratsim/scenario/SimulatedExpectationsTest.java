package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedExpectationsTest {
  private static final String SCENARIO = ScenarioTexts.META;

  @TempDir Path dir;

  @Test
  void checksAreKeptAsWrittenWithTheirSamplesSeedAndLocation() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO + """
        expect_simulated:
          samples: 2000
          seed: 7
          checks:
            - "P(meta.rank@2029 <= 2) >= 0.6"
            - "P50(meta.index@2029) > 70"
        """);

    SimulatedExpectations simulated = new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(file).simulated();

    assertThat(simulated.samples()).isEqualTo(2000);
    assertThat(simulated.seed()).isEqualTo(7);
    assertThat(simulated.checks()).containsExactly(
        new Expectation("P(meta.rank@2029 <= 2) >= 0.6", file, 9, 7),
        new Expectation("P50(meta.index@2029) > 70", file, 10, 7));
  }

  @Test
  void aChildThatExtendsAScenarioCanChangeTheSamplesAloneAndKeepTheParentsChecks() throws IOException {
    Files.writeString(dir.resolve("parent.yaml"), SCENARIO + """
        expect_simulated: {samples: 2000, seed: 7, checks: ["P(meta.rank@2029 <= 2) >= 0.6"]}
        """);
    Path child = Files.writeString(dir.resolve("child.yaml"), """
        title: Fewer samples
        extends: parent
        expect_simulated: {samples: 20}
        """);

    SimulatedExpectations simulated = new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(child).simulated();

    assertThat(simulated.samples()).isEqualTo(20);
    assertThat(simulated.seed()).isEqualTo(7);
    assertThat(simulated.checks()).extracting(Expectation::text).containsExactly("P(meta.rank@2029 <= 2) >= 0.6");
  }

  @Test
  void aScenarioWithoutThemHasNone() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO);

    assertThat(new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(file).simulated())
        .isEqualTo(SimulatedExpectations.NONE);
  }
}

package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScenarioTemplateTest {
  private static final Vocabulary VOCABULARY = VocabularyLoader.load(Path.of("rules"));
  private static final Path UNCERTAIN = Path.of("scenarios/meta-scale-uncertain.yaml");

  private final ScenarioLoader loader = new ScenarioLoader(VOCABULARY);

  @Test
  void theCentralScenarioHasEachDistributionsCentralValue() {
    ScenarioTemplate template = loader.template(UNCERTAIN, List.of());
    Scenario central = template.central();

    assertThat(template.inputs()).extracting(UncertainInput::path).containsExactly(
        "deals[0].outcome", "assumptions.supplier_switch_years.value",
        "assumptions.synthetic_data_substitution.value", "assumptions.data_uplift_rate.value",
        "assumptions.neutrality_erosion.value");
    assertThat(central.deals().get(0).outcome()).isEqualTo("closed");
    assertThat(central.assumptionValues().get("synthetic_data_substitution")).isEqualTo(0.2);
    assertThat(central.assumptionValues().get("data_uplift_rate")).isEqualTo(0.5);
    assertThat(loader.load(UNCERTAIN, List.of())).isEqualTo(central);
  }

  @Test
  void aSampleDependsOnlyOnTheSeedAndItsIndex() {
    ScenarioTemplate template = loader.template(UNCERTAIN, List.of());

    assertThat(template.sample(5, 12)).isEqualTo(template.sample(5, 12));
    assertThat(template.sample(5, 12)).isNotEqualTo(template.sample(5, 13));
    assertThat(template.sample(6, 12)).isNotEqualTo(template.sample(5, 12));
  }

  @Test
  void samplesStayInsideTheirDistributions() {
    ScenarioTemplate template = loader.template(UNCERTAIN, List.of());
    Set<String> outcomes = new HashSet<>();
    IntStream.range(0, 200).mapToObj(i -> template.sample(1, i)).forEach(s -> {
      outcomes.add(s.deals().get(0).outcome());
      assertThat(s.assumptionValues().get("synthetic_data_substitution")).isBetween(0.05, 0.35);
      assertThat(s.assumptionValues().get("data_uplift_rate")).isBetween(0.1, 0.9);
    });
    assertThat(outcomes).containsExactlyInAnyOrder("closed", "renegotiated", "collapsed", "blocked");
  }

  @Test
  void anEditReplacesAValueOrADistribution() {
    ScenarioTemplate template = loader.template(UNCERTAIN, List.of());

    Scenario edited = template.with(List.of(
        new Edit("deals[0].outcome", TextNode.valueOf("blocked"), "--vary a"),
        new Edit("assumptions.control_stake", DoubleNode.valueOf(0.4), "--vary b")));

    assertThat(edited.deals().get(0).outcome()).isEqualTo("blocked");
    assertThat(edited.assumptionValues().get("control_stake")).isEqualTo(0.4);
    assertThatThrownBy(() -> template.with(List.of(
        new Edit("deals[0].stake", DoubleNode.valueOf(2), "--vary deals[0].stake=1..2:1"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--vary deals[0].stake=1..2:1: deals[0].stake must be a number between 0 and"
            + " 1, not 2");
  }

  @Test
  void setReplacesADistributionWithAPlainValue() {
    ScenarioTemplate template = loader.template(UNCERTAIN, List.of("deals[0].outcome=collapsed"));

    assertThat(template.inputs()).extracting(UncertainInput::path)
        .doesNotContain("deals[0].outcome");
    assertThat(template.central().deals().get(0).outcome()).isEqualTo("collapsed");
  }

  @Test
  void aScenarioWithoutDistributionsSamplesToItself() {
    ScenarioTemplate template = loader.template(Path.of("scenarios/meta-scale-deal.yaml"), List.of());

    assertThat(template.inputs()).isEmpty();
    assertThat(template.sample(1, 99)).isSameAs(template.central());
  }
}

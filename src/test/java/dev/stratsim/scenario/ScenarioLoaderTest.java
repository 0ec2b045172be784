package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stratsim.model.Vocabulary;
import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
  static final Path SCENARIOS = Path.of("src/test/resources/scenario");
  static final Vocabulary VOCABULARY =
      VocabularyLoader.load(Path.of("src/test/resources/model/rules"));

  private final ScenarioLoader loader = new ScenarioLoader(VOCABULARY);

  @TempDir Path dir;

  @Test
  void loadsAScenario() {
    Path file = SCENARIOS.resolve("baseline.yaml");
    Scenario s = loader.load(file, List.of());

    assertThat(s.id()).isEqualTo("baseline");
    assertThat(s.title()).isEqualTo("AI data supply before the deal");
    assertThat(s.file()).isEqualTo(file);
    assertThat(s.period()).isEqualTo(new Period(2025, 2029));
    assertThat(s.actors().keySet()).containsExactly("google", "meta", "openai", "scale-ai");
    assertThat(s.actors().get("meta")).isEqualTo(new Actor("meta", "Meta", "platform",
        new TreeMap<>(Map.of("data", 62.0, "hardware", 70.0, "algorithms", 72.0,
            "capital_usd", 70e9)), List.of(), "Pillars estimated from public benchmarks."));
    assertThat(s.actors().get("scale-ai").metrics())
        .containsExactly(Map.entry("neutrality", 90.0), Map.entry("quality", 85.0),
            Map.entry("valuation_usd", 13.8e9));
    assertThat(s.actors().get("google").sources()).containsExactly("Alphabet 10-K 2024");
    assertThat(s.deals()).isEmpty();
    assertThat(s.assumptions()).containsExactly(
        Map.entry("supplier_switch_years", new Assumption("supplier_switch_years", 2, "")),
        Map.entry("synthetic_data_substitution", new Assumption("synthetic_data_substitution",
            0.2, "judgement: synthetic data improves fast")));
    assertThat(s.weights()).containsExactly(Map.entry("algorithms", 1.0), Map.entry("data", 2.0),
        Map.entry("hardware", 1.0));
    assertThat(s.expectations()).containsExactly(
        new Expectation("google.rank@2029 <= 2", file, 44, 5),
        new Expectation("meta.rank@2029 <= 3", file, 45, 5));
    assertThat(s.sha256()).matches("[0-9a-f]{64}");
  }

  @Test
  void splitsTheRevenueShareLeftOpenEqually() {
    List<Relation> relations = loader.load(SCENARIOS.resolve("baseline.yaml")).relations();

    // google gives 0.4 of scale-ai's revenue; openai and meta share the remaining 0.6.
    assertThat(relations).extracting(Relation::customer)
        .containsExactly("google", "openai", "meta");
    assertThat(relations).extracting(Relation::revenueShare)
        .containsExactly(0.4, 0.3, 0.3);
    assertThat(relations.get(0)).isEqualTo(
        new Relation("google", "scale-ai", 0.35, 0.4, List.of("Reuters")));
  }

  @Test
  void extendsMergesMapsDeeplyAndReplacesLists() {
    Path file = SCENARIOS.resolve("meta-scale-deal.yaml");
    Scenario s = loader.load(file);

    assertThat(s.id()).isEqualTo("meta-scale-deal");
    assertThat(s.title()).isEqualTo("Meta invests $14B+ in Scale AI as reported");
    assertThat(s.period()).isEqualTo(new Period(2025, 2029));
    // Parent order first, then the child's new actor.
    assertThat(s.actors().keySet()).containsExactly("google", "meta", "openai", "scale-ai", "xai");
    // The child changes one metric; the others and the judgement come from the parent.
    assertThat(s.actors().get("meta").metrics()).containsEntry("data", 75.0)
        .containsEntry("hardware", 70.0);
    assertThat(s.actors().get("meta").judgement())
        .isEqualTo("Pillars estimated from public benchmarks.");
    assertThat(s.relations()).hasSize(3);
    assertThat(s.expectations())
        .containsExactly(new Expectation("meta.rank@2029 <= 2", file, 24, 5));
    assertThat(s.deals()).containsExactly(new Deal("meta-scale", 2025, "meta", "scale-ai",
        14.3e9, 0, 0.49, false, 0, "none", List.of("leadership"), "none", 0, 0, "none", 0, false,
        "predicted", "closed", false, List.of(), 2025, 2025, List.of("Meta press release, 2025-06-12")));
  }

  @Test
  void followedIsInheritedAndAChildsListReplacesItsParents() throws IOException {
    Path parent = Files.writeString(dir.resolve("parent.yaml"), """
        title: A deal and what followed
        period: {start: 2025, end: 2026}
        actors:
          meta: {name: Meta, role: platform, data: 60, hardware: 70, algorithms: 70}
        followed:
          - {check: meta.data@2026 > meta.data@start, source: "Reuters, 2026"}
          - check: meta.rank@2026 == 1
            sources: [first, second]
          - meta.index > 0
        """);
    Path same = Files.writeString(dir.resolve("same.yaml"), "extends: parent\n");
    Path other = Files.writeString(dir.resolve("other.yaml"), "extends: parent\nfollowed: [meta.rank == 1]\n");

    assertThat(loader.load(parent).followed()).containsExactly(
        new Expectation("meta.data@2026 > meta.data@start", parent, 6, 13, List.of("Reuters, 2026")),
        new Expectation("meta.rank@2026 == 1", parent, 7, 12, List.of("first", "second")),
        new Expectation("meta.index > 0", parent, 9, 5, List.of()));
    assertThat(loader.load(same).followed()).isEqualTo(loader.load(parent).followed());
    assertThat(loader.load(other).followed()).containsExactly(new Expectation("meta.rank == 1", other, 2, 12));
    assertThat(loader.load(parent).expectations()).isEmpty();
    assertThat(loader.load(other).sha256()).as("followed is part of the fingerprint")
        .isNotEqualTo(loader.load(same).sha256());
  }

  @Test
  void aProblemInAParentPointsAtTheParentFile() {
    assertProblems(SCENARIOS.resolve("child-of-broken.yaml"), List.of(),
        Problem.at(SCENARIOS.resolve("broken-parent.yaml"), 7, 77,
            "deals[0].stake must be a number between 0 and 1, not 1.5"));
  }

  @Test
  void aMissingParentNamesTheChainAndSuggestsAName() {
    assertProblems(SCENARIOS.resolve("orphan.yaml"), List.of(),
        Problem.at(SCENARIOS.resolve("orphan.yaml"), 2, 10, "extends 'basline' names no"
            + " scenario: there is no basline.yaml next to orphan.yaml (chain: orphan ->"
            + " basline); did you mean 'baseline'?"));
  }

  @Test
  void aCycleNamesTheChain() {
    assertProblems(SCENARIOS.resolve("cycle-a.yaml"), List.of(),
        Problem.at(SCENARIOS.resolve("cycle-b.yaml"), 2, 10,
            "extends makes a cycle: cycle-a -> cycle-b -> cycle-a; remove one of these extends"));
  }

  @Test
  void sha256IgnoresFormattingButSeesExtendsAndOverrides() throws IOException {
    Path baseline = SCENARIOS.resolve("baseline.yaml");
    String sha = loader.load(baseline).sha256();
    // The same content with keys in another order and comments is the same scenario.
    List<String> lines = Files.readAllLines(baseline);
    Path reordered = Files.write(dir.resolve("baseline.yaml"), lines.subList(1, lines.size()));
    Files.writeString(reordered, "# comment\n" + Files.readString(reordered) + lines.get(0) + "\n");

    assertThat(loader.load(reordered).sha256()).isEqualTo(sha);
    assertThat(loader.load(baseline).sha256()).isEqualTo(sha);
    assertThat(loader.load(baseline, List.of("period.end=2030")).sha256()).isNotEqualTo(sha);
    assertThat(loader.load(SCENARIOS.resolve("meta-scale-deal.yaml")).sha256())
        .isNotEqualTo(sha);
  }

  @Test
  void acceptsNumbersWrittenAsText() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), """
        title: Numbers in quotes
        period: {start: 2025, end: 2025}
        actors:
          meta: {name: Meta, role: platform, capital_usd: "70e9", valuation_usd: '1.38e10'}
        """);

    assertThat(loader.load(file).actors().get("meta").metrics())
        .containsEntry("capital_usd", 70e9).containsEntry("valuation_usd", 1.38e10);
  }

  @Test
  void rejectsAnEmptyScenarioFile() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.yaml"), "\n");

    assertProblems(file, List.of(), Problem.inFile(file,
        "file is empty or only has comments; write YAML 'key: value' lines"));
  }

  @Test
  void relationsSplitWhatIsLeftAfterGivenRevenueShares() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), """
        title: Three customers
        period: {start: 2025, end: 2025}
        actors:
          a: {name: A, role: platform}
          b: {name: B, role: platform}
          c: {name: C, role: platform}
          s: {name: S, role: data-supplier}
        relations:
          - {customer: a, supplier: s, share: 0.5, revenue_share: 0.25}
          - {customer: b, supplier: s, share: 0.5}
          - {customer: c, supplier: s, share: 0.5}
          - {customer: a, supplier: b, share: 0.1}
        """);

    assertThat(loader.load(file).relations()).extracting(Relation::revenueShare)
        .satisfiesExactly(
            r -> assertThat(r).isEqualTo(0.25),
            r -> assertThat(r).isCloseTo(0.375, within(1e-12)),
            r -> assertThat(r).isCloseTo(0.375, within(1e-12)),
            r -> assertThat(r).isEqualTo(1.0));
  }

  private void assertProblems(Path file, List<String> sets, Problem... expected) {
    assertThatThrownBy(() -> loader.load(file, sets))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(expected));
  }
}

package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverridesTest {
  private static final Path DEAL = ScenarioLoaderTest.SCENARIOS.resolve("meta-scale-deal.yaml");
  private final ScenarioLoader loader = new ScenarioLoader(ScenarioLoaderTest.VOCABULARY);

  @Test
  void appliesOverridesAfterExtends() {
    Scenario s = loader.load(DEAL, List.of(
        "deals[0].stake=0.3",
        "deals[0].talent=[leadership, researchers]",
        "period={start: 2025, end: 2030}",
        "actors.meta.data=90",
        "assumptions.talent_drain=0.5",
        "relations[1].revenue_share=0.6",
        "weights.hardware=0"));

    Deal deal = s.deals().get(0);
    assertThat(deal.stake()).isEqualTo(0.3);
    assertThat(deal.talent()).containsExactly("leadership", "researchers");
    assertThat(deal.amountUsd()).isEqualTo(14.3e9);
    assertThat(s.period()).isEqualTo(new Period(2025, 2030));
    assertThat(s.actors().get("meta").metrics()).containsEntry("data", 90.0)
        .containsEntry("hardware", 70.0);
    assertThat(s.assumptions().get("talent_drain"))
        .isEqualTo(new Assumption("talent_drain", 0.5, ""));
    // google 0.4 and openai 0.6 leave nothing for meta's relation.
    assertThat(s.relations()).extracting(Relation::revenueShare).containsExactly(0.4, 0.6, 0.0);
    assertThat(s.weights()).containsEntry("hardware", 0.0).containsEntry("data", 2.0);
  }

  @Test
  void theLastOverrideOfAPathWins() {
    Scenario s = loader.load(DEAL, List.of("period.end=2030", "period.end=2031"));

    assertThat(s.period().end()).isEqualTo(2031);
  }

  @Test
  void anOverrideChangesTheFingerprint() {
    String plain = loader.load(DEAL).sha256();

    assertThat(loader.load(DEAL, List.of("deals[0].stake=0.3")).sha256()).isNotEqualTo(plain);
    assertThat(loader.load(DEAL, List.of("deals[0].stake=0.49")).sha256()).isEqualTo(plain);
  }

  @ParameterizedTest(name = "--set {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      deals[5].stake=0.3           | deals has 1 entry
      expect[3]=x                  | expect has 1 entry
      relations[1].sources[0]=x    | relations[1].sources has no entries
      period.start.x=1             | period.start is 2025, not a map or list
      relations.x=1                | relations is a list, not a map; use relations[INDEX]
      actors[0]=1                  | actors is a map, not a list; use actors.KEY
      stake                        | expected PATH=VALUE, e.g. --set deals[0].stake=0.3
      =1                           | expected PATH=VALUE, e.g. --set deals[0].stake=0.3
      deals..stake=1               | 'deals..stake' is not a path; join keys with dots and write list items as [index], e.g. deals[0].stake
      deals[0].talent=[leadership  | invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence that starts at line 1, column 1)
      deals[0].stake=half          | deals[0].stake must be a number between 0 and 1, not 'half'
      deals[0].outcome=done        | deals[0].outcome must be one of closed, renegotiated, collapsed, blocked, pending, abandoned, not 'done'
      title=                       | title is empty; write a one-line name for the scenario
      actors.meta.dta=1            | unknown key 'dta' in actors.meta; did you mean 'data'?
      assumptions.growth=1         | unknown assumption 'growth'; known assumptions: supplier_switch_years, synthetic_data_substitution, talent_drain
      extends=baseline             | extends cannot be changed with --set; edit the scenario file
      period={start: 2025}         | period.end is required: a whole number between 1000 and 9999
      """)
  void reportsAProblemNamingTheSet(String set, String message) {
    assertThatThrownBy(() -> loader.load(DEAL, List.of(set)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly(Problem.general("--set " + set + ": " + message)));
  }

  @Test
  void reportsEveryBadOverrideAndFileProblemTogether() {
    Path broken = ScenarioLoaderTest.SCENARIOS.resolve("child-of-broken.yaml");

    assertThatThrownBy(() -> loader.load(broken, List.of("deals[2].stake=1", "period.end=2020")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly(
                Problem.general("--set deals[2].stake=1: deals has 1 entry"),
                Problem.general("--set period.end=2020: period.end (2020) must not be before"
                    + " period.start (2025)"),
                Problem.at(ScenarioLoaderTest.SCENARIOS.resolve("broken-parent.yaml"), 7, 77,
                    "deals[0].stake must be a number between 0 and 1, not 1.5")));
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratsim.schema.JsonSchemas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code run --nodeal} shows each number in the same scenario without its deals beside the deal
 * effect, so that what is shown adds up: without + effect = with the deals. The stock deal as
 * reported is the baseline plus its deal, so "without its deals" is the baseline.
 */
class RunNodealTest {
  private static final String DEAL = "scenarios/meta-scale-deal.yaml";
  private static final Pattern NUMBER = Pattern.compile("^(-?[0-9]+(?:\\.[0-9]+)?)(?: \\((?:was )?([-+]?[0-9.]+)\\))?$");

  @Test
  void theTableShowsEachCompetitorWithoutTheDealsAndTheEffectAddingUpToTheNumbersWithThem() {
    Cli.Result result = Cli.run("run", DEAL, "--nodeal");
    Cli.Result baseline = Cli.run("run", "scenarios/baseline.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    String out = result.out();
    assertThat(out).contains("\nWithout its deals, and in brackets the deal effect (without + effect = with the deals)\n\n"
        + "  Competitor ");
    List<List<String>> with = table(out, "  Competitor ", 0);
    List<List<String>> without = table(out, "  Competitor ", 1);
    assertThat(without).hasSameSizeAs(with).hasSize(6);
    for (int i = 0; i < with.size(); i++) {
      assertThat(without.get(i).get(0)).as("the same order").isEqualTo(with.get(i).get(0));
      // Rank: "4 (was 5)" with the deals, "4 (0)" without and the effect.
      assertThat(number(without.get(i).get(1), 1).add(number(without.get(i).get(1), 2)))
          .isEqualByComparingTo(number(with.get(i).get(1), 1));
      for (int column = 2; column < with.get(i).size(); column++) {
        assertThat(number(without.get(i).get(column), 1).add(number(without.get(i).get(column), 2)))
            .as("%s, column %d", with.get(i).get(0), column)
            .isEqualByComparingTo(number(with.get(i).get(column), 1));
      }
    }
    List<String> meta = without.stream().filter(r -> r.get(0).equals("Meta")).findFirst().orElseThrow();
    List<String> metaInBaseline = table(baseline.out(), "  Competitor ", 0).stream()
        .filter(r -> r.get(0).equals("Meta")).findFirst().orElseThrow();
    assertThat(number(meta.get(2), 1)).as("without its deals, the deal is the baseline")
        .isEqualByComparingTo(number(metaInBaseline.get(2), 1));
    assertThat(table(out, "  Other actor ", 1).get(0)).as("Scale AI's customers without the deals")
        .startsWith("Scale AI", "4 (-3)");
  }

  @Test
  void jsonHasEveryYearWithoutTheDealsAndTheEffectsAddUpExactly() throws Exception {
    Cli.Result result = Cli.run("run", DEAL, "--nodeal", "--format", "json");

    assertThat(JsonSchemas.errors(JsonSchemas.reportDefinition("run"), result.out())).isEmpty();
    JsonNode json = new ObjectMapper().readTree(result.out());
    JsonNode years = json.get("years");
    JsonNode without = json.at("/nodeal/years");
    JsonNode effect = json.at("/nodeal/deal_effect");
    assertThat(without).hasSize(years.size());
    assertThat(effect).hasSize(years.size());
    int checked = 0;
    for (int y = 0; y < years.size(); y++) {
      for (int a = 0; a < years.get(y).get("actors").size(); a++) {
        JsonNode now = years.get(y).get("actors").get(a);
        JsonNode then = without.get(y).get("actors").get(a);
        JsonNode delta = effect.get(y).get("actors").get(a);
        assertThat(delta.get("id")).isEqualTo(now.get("id"));
        for (String path : leaves(delta, "")) {
          assertThat(then.at(path).decimalValue().add(delta.at(path).decimalValue()))
              .as("%s %s in %s", now.get("id").asText(), path, years.get(y).get("year"))
              .isEqualByComparingTo(now.at(path).decimalValue());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(json.at("/nodeal/deal_effect/4/actors/3/index").asDouble()).as("Meta's index rises with the deal")
        .isPositive();
    assertThat(Cli.run("run", DEAL, "--format", "json").out()).doesNotContain("nodeal");
  }

  @Test
  void markdownHasTheSameTables() {
    Cli.Result result = Cli.run("run", DEAL, "--nodeal", "--format", "markdown");

    assertThat(result.out())
        .contains("**Without its deals**, and in brackets the deal effect (without + effect = with the deals):\n\n"
            + "| Competitor | Arena | Rank | Index | data | hardware | algorithms |\n| --- | --- | ---: |")
        .containsPattern("\\| Meta \\| models \\| 5 \\(-1\\) \\| [0-9.]+ \\(\\+[0-9.]+\\) \\|")
        .contains("| Scale AI | 4 (-3) |");
  }

  @Test
  void explainGivesEachNumbersDealEffect() {
    Cli.Result result = Cli.run("run", DEAL, "--nodeal", "--explain");
    Cli.Result markdown = Cli.run("run", DEAL, "--nodeal", "--explain", "--format", "markdown");

    assertThat(result.out())
        .containsPattern("\n    data 62\\.0 -> [0-9.]+; deal effect \\+[0-9.]+ \\(62\\.0 without the deals\\)\n")
        .containsPattern("\n    neutrality 90\\.0 -> [0-9.]+; deal effect -[0-9.]+ \\(90\\.0 without the deals\\)\n");
    assertThat(markdown.out()).containsPattern(
        "\\| Meta \\| data \\| \\+[0-9.]+ \\| \\*deal effect, in all\\* \\|  \\| 62\\.0 without the deals \\|");
    assertThat(Cli.run("run", DEAL, "--explain").out()).doesNotContain("deal effect");
  }

  @Test
  void aScenarioWithoutDealsIsTheSameWithoutThem() {
    Cli.Result result = Cli.run("run", "scenarios/baseline.yaml", "--nodeal");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\nWithout its deals: the same, since the scenario has no deals\n");
  }

  /**
   * The rows of the n-th table whose header starts with {@code header}, cells split on 2+ spaces,
   * without the Arena column a table has when its competitors span several arenas.
   */
  private static List<List<String>> table(String out, String header, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = out.indexOf(header, at + 1);
    }
    List<String> lines = out.substring(at).lines().toList();
    int arena = List.of(lines.get(0).trim().split(" {2,}")).indexOf("Arena");
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      List<String> cells = new ArrayList<>(List.of(line.trim().split(" {2,}")));
      if (arena >= 0) {
        cells.remove(arena);
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Group 1 (the value) or 2 (the bracket) of a cell such as {@code 74.2 (+5.5)}. */
  private static BigDecimal number(String cell, int group) {
    Matcher m = NUMBER.matcher(cell);
    assertThat(m.matches()).as(cell).isTrue();
    return new BigDecimal(m.group(group).replace("+", ""));
  }

  /** JSON pointers to every number under {@code node}. */
  private static List<String> leaves(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        out.addAll(leaves(field.getValue(), path + "/" + field.getKey()));
      }
    } else if (node.isNumber()) {
      out.add(path);
    }
    return out;
  }
}

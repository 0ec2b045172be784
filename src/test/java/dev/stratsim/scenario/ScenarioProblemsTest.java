package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.stratsim.problem.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case edits one thing in a valid scenario and expects exactly these problems, written as
 * {@code line:column: message}.
 */
class ScenarioProblemsTest {
  private static final String VALID = ScenarioTexts.META + ScenarioTexts.SCALE_AI + """
        google: {name: Google, role: platform, data: 80, hardware: 80, algorithms: 80}
      relations:
        - {customer: google, supplier: scale-ai, share: 0.35}
      deals:
        - {year: 2025, acquirer: meta, target: scale-ai, amount_usd: 14e9, stake: 0.49, outcome: closed}
      """;
  private static final String DEAL_END = "outcome: closed}";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("stake: 0.49", "stke: 0.49", List.of(
            "10:70: unknown key 'stke' in deals[0]; did you mean 'stake'?")),
        arguments(DEAL_END, DEAL_END + "\nowner: me", List.of(
            "11:1: unknown key 'owner' at the top level; allowed keys: id, title, extends,"
                + " description, period, actors, relations, deals, assumptions, weights, expect,"
                + " expect_simulated, followed, correlations")),
        arguments("stake: 0.49", "stake: half", List.of(
            "10:77: deals[0].stake must be a number between 0 and 1, not 'half'")),
        arguments("stake: 0.49", "stake: 1.5", List.of(
            "10:77: deals[0].stake must be a number between 0 and 1, not 1.5")),
        arguments("share: 0.35", "share: 1.2", List.of(
            "8:51: relations[0].share must be a number between 0 and 1, not 1.2")),
        arguments("data: 60", "data: 101", List.of(
            "4:44: actors.meta.data must be a number between 0 and 100, not 101")),
        arguments("outcome: closed", "outcome: done", List.of(
            "10:92: deals[0].outcome must be one of closed, renegotiated, collapsed, blocked,"
                + " pending, abandoned, not 'done'")),
        arguments("outcome: closed", "outcome: clsoed", List.of(
            "10:92: deals[0].outcome must be one of closed, renegotiated, collapsed, blocked,"
                + " pending, abandoned, not 'clsoed'; did you mean 'closed'?")),
        arguments("customer: google", "customer: gogle", List.of(
            "8:16: relations[0].customer 'gogle' is not an actor in this scenario;"
                + " did you mean 'google'?")),
        arguments("target: scale-ai", "target: openai", List.of(
            "10:42: deals[0].target 'openai' is not an actor in this scenario; use one of meta,"
                + " scale-ai, google")),
        arguments("target: scale-ai", "target: meta", List.of(
            "10:42: deals[0].target must be a different actor than deals[0].acquirer ('meta')")),
        arguments("year: 2025", "year: 2031", List.of(
            "10:12: deals[0].year 2031 is outside the period 2025..2029; use a year in the period"
                + " or widen period")),
        arguments("year: 2025", "year: 2025.5", List.of(
            "10:12: deals[0].year must be a whole number between 1000 and 9999, not 2025.5")),
        arguments(DEAL_END, DEAL_END + "\nassumptions: {supplier_switch_yeras: 3}", List.of(
            "11:15: unknown assumption 'supplier_switch_yeras'; did you mean"
                + " 'supplier_switch_years'?")),
        arguments(DEAL_END, DEAL_END + "\nassumptions: {growth: 3}", List.of(
            "11:15: unknown assumption 'growth'; known assumptions: supplier_switch_years,"
                + " synthetic_data_substitution, talent_drain")),
        arguments(DEAL_END,
            DEAL_END + "\nassumptions: {supplier_switch_years: {value: 20, source: guess}}",
            List.of("11:46: assumptions.supplier_switch_years.value must be a number between"
                + " 0.5 and 10, not 20")),
        arguments(", algorithms: 70}", "}", List.of(
            "4:9: actors.meta lacks pillar algorithms; an actor with any pillar must have all of"
                + " data, hardware, algorithms")),
        arguments("quality: 80}", "quality: 80, index: 3}", List.of(
            "5:64: actors.scale-ai.index is derived: the rules compute it each year, so a"
                + " scenario cannot set it; remove it")),
        arguments("quality: 80}", "qualty: 80}", List.of(
            "5:51: unknown key 'qualty' in actors.scale-ai; did you mean 'quality'?")),
        arguments("role: data-supplier", "role: Data Supplier", List.of(
            "5:36: actors.scale-ai.role 'Data Supplier' must match [a-z0-9][a-z0-9-]*"
                + " (lowercase letters, digits and dashes)")),
        arguments("end: 2029", "end: 2024", List.of(
            "2:28: period.end (2024) must not be before period.start (2025)")),
        arguments("end: 2029", "end: 2080", List.of(
            "2:9: period covers 56 years; at most 50 are allowed, so move period.start or"
                + " period.end")),
        arguments("title: T", "description: no title", List.of(
            "1:1: title is required: a one-line name for the scenario")),
        arguments("title: T", "titel: T", List.of(
            "1:1: unknown key 'titel' at the top level; did you mean 'title'?",
            "1:1: title is required: a one-line name for the scenario")),
        arguments("title: T", "title: 2025", List.of(
            "1:8: title must be text, not 2025; put it in quotes if it is meant as text")),
        arguments("share: 0.35}",
            "share: 0.35}\n  - {customer: google, supplier: scale-ai, share: 0.1}", List.of(
            "9:5: relations[1] repeats customer 'google' and supplier 'scale-ai' of relations[0];"
                + " merge them into one relation")),
        arguments("share: 0.35}", "share: 0.35, revenue_share: 0.7}\n"
            + "  - {customer: meta, supplier: scale-ai, share: 0.1, revenue_share: 0.5}", List.of(
            "9:69: revenue_share of the relations with supplier 'scale-ai' adds up to 1.2"
                + " (relations[0], relations[1]); lower them to a total of at most 1")),
        arguments(DEAL_END, DEAL_END + "\n  - {year: 2025, acquirer: meta, target: scale-ai,"
            + " amount_usd: 1e9, stake: 0.1, outcome: pending}", List.of(
            "11:5: deals[1] has the id 'meta-scale-ai-2025' already used by deals[0]; set id: to"
                + " a name of its own")),
        arguments(DEAL_END, DEAL_END + "\nweights: {datta: 1}", List.of(
            "11:11: unknown pillar 'datta' in weights; did you mean 'data'?")),
        arguments(DEAL_END, DEAL_END + "\nweights: {data: 0, hardware: 0, algorithms: 0}",
            List.of("11:10: weights are all zero; give at least one pillar a weight above 0")),
        arguments(DEAL_END, "outcome: closed, sources: Reuters}", List.of(
            "10:109: deals[0].sources must be a list of text, e.g. [\"first\", \"second\"],"
                + " not 'Reuters'")),
        arguments(DEAL_END, "outcome: closed, talent: [leadership, janitors]}", List.of(
            "10:121: deals[0].talent[1] must be one of leadership, researchers, not 'janitors'")),
        arguments(DEAL_END, "outcome: closed, exclusivity: total, voting: yes}", List.of(
            "10:113: deals[0].exclusivity must be one of none, partial, full, not 'total'",
            "10:128: deals[0].voting must be true or false, not 'yes'")),
        arguments("scale-ai: {name: Scale AI, role: data-supplier, quality: 80}", "scale-ai:",
            List.of("5:12: actors.scale-ai is empty; write a map with name, role and metrics")),
        arguments(DEAL_END, DEAL_END + "\n  - ~", List.of(
            "11:5: deals[1] is empty; write a map with year, acquirer, target, amount_usd"
                + " and outcome")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [1]", List.of(
            "11:10: expect[0] must be text, not 1; put it in quotes if it is meant as text")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 0, checks: [\"P(meta.rank <= 2) > 0.5\"]}",
            List.of("11:19: expect_simulated.seed is required: a whole number between 0 and 2147483647",
                "11:29: expect_simulated.samples must be a whole number between 1 and 1000000, not 0")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, check: []}", List.of(
            "11:19: expect_simulated.checks is required: a list of checks like"
                + " [\"P(meta.rank@2029 <= 2) >= 0.6\"]",
            "11:43: unknown key 'check' in expect_simulated; did you mean 'checks'?")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [1]}", List.of(
            "11:52: expect_simulated.checks[0] must be text, not 1; put it in quotes if it is meant as text")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: [\"P(meta.rank <= 2) > 0.5\"]", List.of(
            "11:19: expect_simulated must be a map like {samples: 2000, seed: 7, checks:"
                + " [\"P(meta.rank@2029 <= 2) >= 0.6\"]}, not a list")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [P(meta.rank <=) > 0.5]}",
            List.of("11:66: expect_simulated.checks[0] does not parse: expected a number or metric path after '<=',"
                + " found ')' in \"P(meta.rank <=) > 0.5\"")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [P(meta.rnak <= 2) > 0.5]}",
            List.of("11:52: expect_simulated.checks[0] (\"P(meta.rnak <= 2) > 0.5\") reads meta.rnak, but meta has"
                + " no metric 'rnak'; did you mean 'rank'?")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [P50(meta.index@2031) > 1]}",
            List.of("11:52: expect_simulated.checks[0] (\"P50(meta.index@2031) > 1\") reads meta.index@2031, but 2031"
                + " is outside the period 2025..2029")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [meta.rank <= 2]}",
            List.of("11:52: expect_simulated.checks[0] (\"meta.rank <= 2\") cannot be checked over samples: it reads"
                + " meta.rank outside P(...), a percentile or mean(...), but each sample has its own value: write"
                + " e.g. P50(meta.rank), or P(...) around a comparison")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [P50(metaa.index) > 1]}",
            List.of("11:52: expect_simulated.checks[0] (\"P50(metaa.index) > 1\") reads metaa.index, but there is no"
                + " actor 'metaa'; did you mean 'meta'?")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [median(meta.index) > 1]}",
            List.of("11:52: expect_simulated.checks[0] does not parse: unknown function 'median' (did you mean"
                + " 'mean'?) in \"median(meta.index) > 1\"")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [P50(P50(meta.index)) > 1]}",
            List.of("11:52: expect_simulated.checks[0] (\"P50(P50(meta.index)) > 1\") cannot be checked over samples:"
                + " P50(meta.index) is inside P50(...): a statistic reads each sample's value, not another statistic")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [\"google.share:scale-a@2029 < 0.35\"]", List.of(
            "11:10: expect[0] (\"google.share:scale-a@2029 < 0.35\") reads google.share:scale-a@2029, but google"
                + " has no relation with supplier 'scale-a'; did you mean 'scale-ai'?")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [\"google.share:surge < 1\"]", List.of(
            "11:10: expect[0] (\"google.share:surge < 1\") reads google.share:surge, but google has no relation"
                + " with supplier 'surge'; it buys from scale-ai")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [\"meta.share:scale-ai < 1\"]", List.of(
            "11:10: expect[0] (\"meta.share:scale-ai < 1\") reads meta.share:scale-ai, but meta has no relation"
                + " with supplier 'scale-ai'; it buys from no supplier in relations")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [\"meta.data@start < meta.dta@start\"]", List.of(
            "11:10: expect[0] (\"meta.data@start < meta.dta@start\") reads meta.dta@start, but meta has no"
                + " metric 'dta'; did you mean 'data'?")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [\"scale-ai.rank@start < 3\"]", List.of(
            "11:10: expect[0] (\"scale-ai.rank@start < 3\") reads scale-ai.rank@start, but scale-ai has no rank:"
                + " only actors with every pillar (data, hardware, algorithms) compete and are ranked")),
        arguments(DEAL_END, DEAL_END + "\nexpect: [\"google.share:scale-ai < google.share:scale-ai@start\","
            + " \"meta.index@start > 0\"]", List.of()),
        arguments(DEAL_END, DEAL_END + "\nfollowed:\n  - {check: meta.rank@2029 <= 2, source: Reuters}\n"
            + "  - meta.data@2029 > meta.data@start\n"
            + "expect: [{check: meta.rank@2029 < 6, sources: [a, b]}]", List.of()),
        arguments(DEAL_END, DEAL_END + "\nfollowed: meta.rank@2029 <= 2", List.of(
            "11:11: followed must be a list of checks like \"meta.rank@2029 <= 2\", not 'meta.rank@2029 <= 2'")),
        arguments(DEAL_END, DEAL_END + "\nfollowed: [1]", List.of(
            "11:12: followed[0] must be text, not 1; put it in quotes if it is meant as text")),
        arguments(DEAL_END, DEAL_END + "\nfollowed:\n  - {chek: meta.rank@2029 <= 2, source: Reuters}", List.of(
            "12:5: followed[0].check is required: a check like \"meta.rank@2029 <= 2\"",
            "12:6: unknown key 'chek' in followed[0]; did you mean 'check'?")),
        arguments(DEAL_END, DEAL_END + "\nfollowed:\n  - {check: meta.rnak@2029 <= 2, source: Reuters}", List.of(
            "12:13: followed[0] (\"meta.rnak@2029 <= 2\") reads meta.rnak@2029, but meta has no metric 'rnak';"
                + " did you mean 'rank'?")),
        arguments(DEAL_END, DEAL_END + "\nfollowed:\n  - {check: \"meta.rank@2029 <=\", source: Reuters}", List.of(
            "12:30: followed[0] does not parse: expected a number or metric path after '<=' in \"meta.rank@2029 <=\"")),
        arguments(DEAL_END, DEAL_END + "\nfollowed:\n  - {check: meta.rank@2029 <= 2, source: a, sources: [b]}",
            List.of("12:54: followed[0] has both source and sources; keep one")),
        arguments(DEAL_END, DEAL_END + "\nexpect:\n  - {check: meta.rank@2029 <= 2, sources: Reuters}", List.of(
            "12:43: expect[0].sources must be a list of text, e.g. [\"first\", \"second\"], not 'Reuters'")),
        arguments(DEAL_END, DEAL_END + "\nfollowed:\n  - {check: google.share:scale-a < 0.3}", List.of(
            "12:13: followed[0] (\"google.share:scale-a < 0.3\") reads google.share:scale-a, but google has no"
                + " relation with supplier 'scale-a'; did you mean 'scale-ai'?")),
        arguments(DEAL_END, DEAL_END + "\nfollowed: [effect(google.rank) == 0, nodeal(meta.rank@start) == 2]",
            List.of()),
        arguments("deals:\n  - {year: 2025, acquirer: meta, target: scale-ai, amount_usd: 14e9, stake: 0.49, " + DEAL_END,
            "expect: [effect(meta.data) == 0 and nodeal(meta.rank) == meta.rank]", List.of()),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [effect(meta.index) > 1]}",
            List.of("11:52: expect_simulated.checks[0] (\"effect(meta.index) > 1\") cannot be checked over samples: it"
                + " reads effect(meta.index) outside P(...), a percentile or mean(...), but each sample has its own"
                + " value: write e.g. P50(effect(meta.index))")),
        arguments(DEAL_END, DEAL_END + "\nexpect_simulated: {samples: 100, seed: 7, checks: [P(effect(meta.index) > 1) > 0.5]}",
            List.of()),
        arguments(DEAL_END, DEAL_END + "\nexpect: [P(meta.rank <= 2) > 0.5]", List.of(
            "11:10: expect[0] does not parse: unknown function 'P' (known: effect, fired, nodeal) in \"P(meta.rank <= 2) > 0.5\";"
                + " P(...), percentiles such as P50(...) and mean(...) read Monte Carlo samples: put this check"
                + " under expect_simulated.checks")));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("cases")
  void reportsExactlyTheseProblems(String from, String to, List<String> expected)
      throws IOException {
    assertThat(VALID).contains(from);
    Path file = write(VALID.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));

    assertThat(problems(file)).containsExactlyElementsOf(expected);
  }

  @Test
  void theTemplateIsValid() throws IOException {
    Scenario s = new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(write(VALID));

    assertThat(s.id()).isEqualTo("s");
    assertThat(s.deals()).extracting(Deal::id).containsExactly("meta-scale-ai-2025");
    assertThat(s.relations()).extracting(Relation::revenueShare).containsExactly(1.0);
  }

  @Test
  void reportsEveryProblemAtOnce() throws IOException {
    Path file = write(VALID.replace("stake: 0.49", "stake: 2").replace("data: 60", "data: -1")
        .replace("customer: google", "customer: nobody"));

    assertThat(problems(file)).containsExactly(
        "4:44: actors.meta.data must be a number between 0 and 100, not -1",
        "8:16: relations[0].customer 'nobody' is not an actor in this scenario; use one of meta,"
            + " scale-ai, google",
        "10:77: deals[0].stake must be a number between 0 and 1, not 2");
  }

  @Test
  void withoutActorsSaysWhereToDeclareThem() throws IOException {
    String noActors = VALID.substring(0, VALID.indexOf("actors:")) + "actors: {}\n"
        + VALID.substring(VALID.indexOf("deals:"));

    assertThat(problems(write(noActors))).containsExactly(
        "3:9: actors must list at least one actor",
        "5:28: deals[0].acquirer 'meta' is not an actor in this scenario; declare it under"
            + " actors",
        "5:42: deals[0].target 'scale-ai' is not an actor in this scenario; declare it under"
            + " actors");
  }

  @Test
  void aFileNameThatIsNoIdNeedsAnId() throws IOException {
    Path file = Files.writeString(dir.resolve("Meta Deal.yaml"), VALID);

    assertThatThrownBy(() -> new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(Object::toString).containsExactly(file
                + ": file name 'Meta Deal' is not a valid scenario id; rename the file or set"
                + " id: (it must match [a-z0-9][a-z0-9-]* (lowercase letters, digits and"
                + " dashes))"));
  }

  /** A scenario of platforms and suppliers, each platform buying from each supplier in turn. */
  private static String sized(int platforms, int suppliers, int relations, int deals) {
    StringBuilder yaml = new StringBuilder("title: T\nperiod: {start: 2025, end: 2029}\nactors:\n");
    for (int i = 0; i < platforms; i++) {
      yaml.append("  a").append(i).append(": {name: A, role: platform, data: 60, hardware: 70, algorithms: 70}\n");
    }
    for (int i = 0; i < suppliers; i++) {
      yaml.append("  s").append(i).append(": {name: S, role: data-supplier, quality: 80}\n");
    }
    yaml.append("relations:\n");
    for (int i = 0; i < relations; i++) {
      yaml.append("  - {customer: a").append(i % platforms).append(", supplier: s").append(i / platforms)
          .append(", share: 0.1}\n");
    }
    yaml.append("deals:\n");
    for (int i = 0; i < deals; i++) {
      yaml.append("  - {id: d").append(i).append(", year: 2025, acquirer: a").append(i % platforms)
          .append(", target: s0, amount_usd: 1e6, stake: 0.01, outcome: closed}\n");
    }
    return yaml.toString();
  }

  @Test
  void aScenarioUpToItsLimitsLoads() throws IOException {
    Scenario s = new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(write(sized(495, 5, 2_000, 500)));

    assertThat(s.actors()).hasSize(500);
    assertThat(s.relations()).hasSize(2_000);
    assertThat(s.deals()).hasSize(500);
  }

  @Test
  void moreActorsRelationsOrDealsThanTheLimitsAreOneLineEachAndNothingMoreIsRead() throws IOException {
    assertThat(problems(write(sized(496, 5, 2_001, 501)))).containsExactly(
        "3:1: actors has 501 entries, more than 500, the most a scenario may have; split it into smaller"
            + " scenarios (docs/limits.md)",
        "505:1: relations has 2001 entries, more than 2000, the most a scenario may have; split it into"
            + " smaller scenarios (docs/limits.md)",
        "2507:1: deals has 501 entries, more than 500, the most a scenario may have; split it into smaller"
            + " scenarios (docs/limits.md)");
  }

  @Test
  void aMessageNamesTenOfManyActorsNotAllOfThem() throws IOException {
    String yaml = sized(12, 1, 0, 0).replace("relations:\n", "relations:\n  - {customer: nobody, supplier: s0, share: 0.1}\n");

    assertThat(problems(write(yaml))).containsExactly("18:16: relations[0].customer 'nobody' is not an actor in this"
        + " scenario; use one of a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, ... (13 in all)");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("s.yaml"), text);
  }

  private List<String> problems(Path file) {
    return ScenarioTexts.problems(file);
  }
}

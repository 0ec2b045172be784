package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratsim.bench.ServePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * {@code stratsim serve} of the packaged jar, used in real headless Chromium as a strategist would:
 * a slider moves the table and the chart, a bad value gets the CLI's error beside its control, a
 * saved scenario runs to the same numbers, Monte Carlo streams its progress and draws its
 * histogram, every control change in turn is redrawn, the page asks nothing of any other server
 * and logs no error. It takes the screenshot README shows (target/serve.png); how long a redraw
 * takes is the benchmark's to measure (BENCHMARKS.md (e)). Skipped without Chromium unless
 * {@code STRATSIM_REQUIRE_BROWSER=1}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserIT {
  private static final String DEAL = "scenarios/meta-scale-deal.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ServePage page;
  private static String missing;
  private static final List<LogEntry> console = new ArrayList<>();

  @BeforeAll
  static void serveAndOpen() throws Exception {
    missing = HeadlessChromium.skipWhenMissing("ServeBrowserIT");
    if (missing != null) {
      return;
    }
    // The first-tier compiler alone: over the half minute serve lives here, the second tier's
    // compiles took more than half its CPU (8 of 15 s) and did not shorten the redraws the page
    // measures; the benchmark (e) keeps the launcher's options for serve (BENCHMARKS.md (h)).
    page = ServePage.open(List.of(DEAL, "scenarios/meta-scale-uncertain.yaml"), List.of("-XX:TieredStopAtLevel=1"));
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(missing == null, () -> missing);
  }

  @AfterEach
  void keepTheConsole() {
    if (page != null) {
      console.addAll(page.browser().manage().logs().get(LogType.BROWSER).getAll());
    }
  }

  @AfterAll
  static void close() {
    if (page != null) {
      page.close();
    }
  }

  @Test
  @Order(1)
  void movingASliderRedrawsTheTableAndTheChartAndKeepsTheEditInTheUrl() {
    page.load("?scenario=meta-scale-deal");
    String index = page.cell("meta", "index");
    Object chart = page.script("return JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-index'))"
        + ".getOption().series.map(s => s.data))");
    int before = page.timings();

    WebElement stake = page.browser().findElement(By.name("deals[0].stake"));
    stake.click();
    for (int i = 0; i < 20; i++) {
      stake.sendKeys(Keys.ARROW_LEFT);
    }
    page.waitFor(() -> page.timings() > before && !page.cell("meta", "index").equals(index));
    page.waitFor(() -> page.idle());

    assertThat(page.cell("meta", "index")).isNotEqualTo(index);
    assertThat(page.script("return JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-index'))"
        + ".getOption().series.map(s => s.data))")).isNotEqualTo(chart);
    assertThat(page.browser().getCurrentUrl()).contains("set=deals%5B0%5D.stake%3D");
    assertThat(page.browser().findElement(By.cssSelector("[data-path='deals[0].stake']")).getAttribute("class"))
        .contains("edited");
  }

  @Test
  @Order(2)
  void aNumberShowsTheRulesBehindItWhenClicked() {
    page.load("?scenario=meta-scale-deal");
    page.browser().findElement(By.cssSelector("td[data-explain='meta.data']")).click();

    WebElement explain = page.browser().findElement(By.id("explain"));
    assertThat(explain.isDisplayed()).isTrue();
    assertThat(explain.getText()).contains("Meta data: ").contains("The strongest tie lifts each pillar");
  }

  @Test
  @Order(2)
  void aControlShowsItsValueInTheUnitTheServerSays() {
    page.load("?scenario=meta-scale-deal");

    assertThat(shown("deals[0].amount_usd")).isEqualTo("$14.3B");
    assertThat(shown("assumptions.scrutiny_takeover_usd")).isEqualTo("$5.0B");
    assertThat(shown("assumptions.compute_usd_per_hardware_point")).isEqualTo("$10.0B");
    assertThat(shown("assumptions.control_stake")).isEqualTo("50%");
    assertThat(shown("assumptions.integration_years")).isEqualTo("2");
  }

  private String shown(String path) {
    return page.browser().findElement(By.cssSelector("[data-path='" + path + "'] output")).getText();
  }

  @Test
  @Order(3)
  void aBadValueGetsTheCommandLinesErrorBesideItsControl() {
    page.load("?scenario=meta-scale-deal");
    WebElement amount = page.browser().findElement(By.name("deals[0].amount_usd"));
    amount.clear();
    amount.sendKeys("-5", Keys.TAB);
    WebElement error = page.browser().findElement(By.cssSelector("[data-path='deals[0].amount_usd'] .error"));
    page.waitFor(() -> !error.getText().isEmpty());

    Cli.Result cli = Cli.run("run", DEAL, "--set", "deals[0].amount_usd=-5");
    assertThat("error: " + error.getText().replaceFirst("^error: ", "") + "\n").isEqualTo(cli.err());
  }

  @Test
  @Order(4)
  void aSavedScenarioRunsToTheNumbersThePageShows() throws Exception {
    String sets = "&set=deals%5B0%5D.stake%3D0.3&set=assumptions.integration_years%3D3&set=weights.data%3D1.5";
    page.load("?scenario=meta-scale-deal" + sets);
    page.browser().findElement(By.id("save")).click();
    WebElement yaml = page.browser().findElement(By.id("saved-yaml"));
    page.waitFor(() -> !yaml.getAttribute("textContent").isEmpty());
    Path saved = Files.createDirectories(Path.of("target", "serve-saved")).resolve("meta-scale-deal-edited.yaml");
    Files.writeString(saved, yaml.getAttribute("textContent"));

    // The command line in this JVM, as for the error above: the rules are compiled here already.
    JsonNode fromFile = json(saved.toString());
    JsonNode withSets = json(DEAL, "--set", "deals[0].stake=0.3", "--set", "assumptions.integration_years=3",
        "--set", "weights.data=1.5");
    assertThat(fromFile.get("years")).isEqualTo(withSets.get("years"));
    JsonNode last = fromFile.get("years").get(fromFile.get("years").size() - 1);
    for (JsonNode actor : last.get("actors")) {
      if (actor.has("index")) {
        assertThat(page.cell(actor.get("id").asText(), "index")).as(actor.get("id").asText())
            .isEqualTo(String.format(Locale.ROOT, "%.1f", actor.get("index").decimalValue()
                .setScale(1, java.math.RoundingMode.HALF_UP)));
      }
    }
  }

  /** What {@code run ARGS --format json} prints. */
  private static JsonNode json(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("run"));
    command.addAll(List.of(args));
    command.addAll(List.of("--format", "json"));
    Cli.Result result = Cli.run(command.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.err()).isZero();
    return JSON.readTree(result.out());
  }

  @Test
  @Order(5)
  void monteCarloStreamsItsProgressAndDrawsTheHistogramAndRankOdds() {
    page.load("?scenario=meta-scale-uncertain");
    page.browser().findElement(By.id("mc-samples")).clear();
    page.browser().findElement(By.id("mc-samples")).sendKeys("100");
    page.browser().findElement(By.id("mc-run")).click();
    page.waitFor(() -> page.browser().findElements(By.cssSelector("#mc-ranks tbody tr")).size() > 3);

    assertThat(page.browser().findElement(By.id("mc-status")).getText()).startsWith("100 samples, seed 1: meta's index");
    Number bars = (Number) page.script("return echarts.getInstanceByDom(document.getElementById('chart-mc'))"
        + ".getOption().series[0].data.length");
    assertThat(bars.intValue()).isEqualTo(24);
  }

  @Test
  @Order(6)
  void everyControlChangeInTurnIsRedrawnAndTimed() {
    // Ten changes: how long they take over fifty is the benchmark's to measure (BENCHMARKS.md (e)).
    List<Double> timings = ServePage.latency(page, 10);

    assertThat(timings).hasSize(10).allMatch(ms -> ms > 0);
  }

  @Test
  @Order(7)
  void theScreenshotForTheReadme() throws IOException {
    page.load("?scenario=meta-scale-deal&set=deals%5B0%5D.stake%3D0.3");
    page.browser().findElement(By.id("pin")).click();
    page.script("const s = document.querySelector(\"select[name='deals[0].outcome']\"); s.value = 'blocked';"
        + " s.dispatchEvent(new Event('change', {bubbles: true}))");
    page.waitFor(() -> page.timings() > 0 && page.idle());
    page.browser().findElement(By.cssSelector("td[data-explain='meta.index']")).click();
    Files.write(Path.of("target", "serve.png"), page.browser().getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @Order(8)
  void thePageLoadsNothingButItsOwnServerAndLogsNoError() {
    page.browser().manage().logs().get(LogType.PERFORMANCE);
    page.load("?scenario=meta-scale-deal");

    assertThat(page.requested()).isNotEmpty().allMatch(url -> url.startsWith(page.url()));
    console.addAll(page.browser().manage().logs().get(LogType.BROWSER).getAll());
    assertThat(console.stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)).isEmpty();
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The briefings the packaged jar writes (the deal against the baseline, and the deal's
 * uncertainties with {@code --samples}), opened in real headless Chromium (Debian's chromium and
 * chromium-driver): every chart renders as SVG with its title, nothing goes to the console or the
 * network, the page fits a phone and prints on several pages. Screenshots and the PDF land in
 * {@code target/} for people to look at. Without Chromium the test is skipped with a message,
 * unless {@code STRATSIM_REQUIRE_BROWSER=1} (set by .ci/run) makes that a failure.
 */
class BriefingBrowserIT {
  private static final Path OUT = Path.of("target", "browser-report");
  private static final Path SAMPLED = Path.of("target", "browser-report-samples");
  private static final Path FOUR = Path.of("target", "browser-report-four");
  private static ChromeDriver browser;
  private static String url;
  private static String missing;

  @BeforeAll
  static void writeTheReportAndOpenIt() throws Exception {
    missing = HeadlessChromium.skipWhenMissing("BriefingBrowserIT");
    if (missing != null) {
      return;
    }
    // The three reports are written at once, and the browser starts while they are. The Monte Carlo
    // one on 100 samples: its charts and tables are the same whatever the count (the histogram has
    // 24 bins), and 200 took its JVM 0.8 s more CPU.
    List<Written> reports = List.of(
        report(OUT, "scenarios/meta-scale-deal.yaml", "--against", "scenarios/baseline.yaml"),
        report(SAMPLED, "scenarios/meta-scale-uncertain.yaml", "--samples", "100", "--seed", "1"),
        // The deal's four outcomes: the longest names, the most dots side by side.
        report(FOUR, "scenarios/meta-scale-deal.yaml", "scenarios/talks-collapse.yaml", "scenarios/regulator-blocks.yaml",
            "scenarios/renegotiated-stake.yaml", "--against", "scenarios/baseline.yaml"));
    url = OUT.resolve("report.html").toAbsolutePath().toUri().toString();

    browser = HeadlessChromium.start("target/chromedriver.log");
    for (Written written : reports) {
      assertThat(written.process().waitFor()).as(Files.readString(written.log())).isZero();
    }
    browser.manage().window().setSize(new Dimension(1200, 1800));
    browser.get(url);
  }

  private record Written(Process process, Path log) {}

  /** Starts writing a report with the packaged jar, as a user would. */
  private static Written report(Path out, String... args) throws IOException {
    List<String> command = PackagedJar.command("report");
    command.addAll(List.of(args));
    command.addAll(List.of("--out", out.toString(), "--format", "html", "--force"));
    Path log = Path.of("target", out.getFileName() + ".log");
    return new Written(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(missing == null, () -> missing);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyChartRendersAsSvgWithItsTitle() throws IOException {
    assertThat(renderedCharts()).hasSize(4);
    Files.write(Path.of("target", "briefing.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  @Test
  void theMonteCarloChartsRenderAsSvgWithTheirTitlesAndNothingElseIsLoaded() throws IOException {
    String sampled = SAMPLED.resolve("report.html").toAbsolutePath().toUri().toString();
    browser.manage().logs().get(LogType.BROWSER);
    browser.manage().logs().get(LogType.PERFORMANCE);
    try {
      browser.get(sampled);
      loaded("browser-report-samples/report.html");
      List<String> ids = renderedCharts();

      assertThat(ids).contains("mc-distribution", "mc-scurve", "mc-ranks", "mc-tornado", "mc-spider");
      assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
          .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())).isEmpty();
      assertThat(requested()).isNotEmpty().allMatch(sampled::equals);
      ((JavascriptExecutor) browser).executeScript("document.getElementById('uncertainty').scrollIntoView()");
      Files.write(Path.of("target", "briefing-samples.png"),
          browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      browser.manage().window().setSize(new Dimension(390, 844));
      Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
    } finally {
      browser.manage().window().setSize(new Dimension(1200, 1800));
      browser.get(url);
    }
  }

  /**
   * At a phone's width (390 CSS pixels) and a laptop's (1280), the briefings (one case, four
   * cases, Monte Carlo) fit: the page does not scroll sideways, no table or chart scrolls inside
   * its box, each chart shows one drawing (the narrow one on the phone) that lies within the page,
   * and every bar of every waterfall and tornado, every line of the S-curve and the spider, and
   * every text of every chart lies within it too; no tick label is cut down to an ellipsis
   * (JFreeChart's "…" for a label it has no room for).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} px")
  @org.junit.jupiter.params.provider.ValueSource(ints = {390, 1280})
  void chartsAndTablesFitThePageWithEveryBarVisible(int width) throws IOException {
    String sampled = SAMPLED.resolve("report.html").toAbsolutePath().toUri().toString();
    String four = FOUR.resolve("report.html").toAbsolutePath().toUri().toString();
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    try {
      List<String> found = new ArrayList<>();
      for (String page : List.of(url, four, sampled)) {
        browser.get(page);
        JavascriptExecutor js = browser;
        Number overflow = (Number) js.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("the page scrolls sideways at " + width + " px: " + page).isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> scrolling = (List<String>) js.executeScript("return [...document.querySelectorAll('.table-wrap, figure.chart')]"
            + ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.id || e.querySelector('table').id)");
        assertThat(scrolling).as("boxes that scroll sideways at " + width + " px").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js.executeScript("""
            const out = [], w = document.documentElement.clientWidth;
            for (const f of document.querySelectorAll('figure.chart')) {
              const shown = [...f.querySelectorAll('svg[role=img]')].filter(s => s.getBoundingClientRect().width > 0);
              if (shown.length !== 1) { out.push(f.id + ' shows ' + shown.length + ' drawings'); continue; }
              const s = shown[0], box = s.getBoundingClientRect();
              if (box.left < 0 || box.right > w + 0.5) out.push(s.id + ' runs from ' + box.left + ' to ' + box.right);
              if (%d < 600 && !s.id.endsWith('-narrow')) out.push(s.id + ' is the wide drawing on a phone');
              const bars = [...s.querySelectorAll("rect[style*='rgb(27,127,90)'], rect[style*='rgb(192,57,43)'], rect[style*='rgb(72,101,129)']")];
              if (s.id.includes('waterfall') && bars.length < 3) out.push(s.id + ' draws ' + bars.length + ' bars');
              // The S-curve and the spider are lines: every drawn path (curve, lines, markers, legend) lies within.
              if (s.id.includes('scurve') || s.id.includes('spider')) {
                const drawn = [...s.querySelectorAll('path')].filter(p => !p.closest('defs'));
                if (drawn.length < 2) out.push(s.id + ' draws ' + drawn.length + ' paths');
                for (const p of drawn) {
                  const r = p.getBoundingClientRect();
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                    out.push(s.id + ' has a line outside it');
                }
              }
              for (const b of bars) {
                const r = b.getBoundingClientRect();
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                  out.push(s.id + ' has a bar outside it');
              }
              // Text: a value label past the edge, an axis title cut off, a tick label JFreeChart
              // gave up on ("…") or split inside a word (a line that ends in a letter and is
              // followed by one that starts with a lower-case letter, as "Googl" / "e").
              const texts = [...s.querySelectorAll('text')].filter(t => !t.closest('defs'));
              for (const t of texts) {
                const r = t.getBoundingClientRect(), words = t.textContent.trim();
                if (r.width === 0) continue;
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                  out.push(s.id + ' has text outside it: ' + words);
                if (words === '\u2026' || words === '...' || words.endsWith('\u2026'))
                  out.push(s.id + ' has a label cut to an ellipsis: ' + words);
              }
              // JFreeChart clips a value label to the plot: one past the plot's edge is cut, though
              // it lies within the SVG. Text not turned (no transform) is checked against its clip.
              for (const t of texts) {
                const c = (t.getAttribute('clip-path') || '').match(/#([^)]+)[)]/);
                if (!c || t.closest('[transform]') || t.getBBox().width === 0) continue;
                const shape = s.querySelector('[id="' + c[1] + '"] path');
                const n = shape ? (shape.getAttribute('d').match(/-?[0-9.]+/g) || []).map(Number) : [];
                if (n.length < 4) continue;
                const xs = n.filter((v, i) => (i & 1) === 0), ys = n.filter((v, i) => (i & 1) === 1), b = t.getBBox();
                if (b.x < Math.min(...xs) - 0.5 || b.x + b.width > Math.max(...xs) + 0.5
                    || b.y < Math.min(...ys) - 2 || b.y + b.height > Math.max(...ys) + 2)
                  out.push(s.id + ' cuts off its text: ' + t.textContent);
              }
              for (let i = 0; i + 1 < texts.length; i++) {
                const a = texts[i].textContent, b = texts[i + 1].textContent;
                const ra = texts[i].getBoundingClientRect(), rb = texts[i + 1].getBoundingClientRect();
                const below = rb.top >= ra.top + 2 && rb.top - ra.bottom < ra.height && Math.abs((ra.left + ra.right) - (rb.left + rb.right)) < 4;
                if (below && /[A-Za-z]$/.test(a) && /^[a-z]/.test(b) && !/\s/.test(a.slice(-2)) && /^[A-Z][a-z]+$/.test(a.split(' ').pop() + b))
                  out.push(s.id + ' splits a word: ' + a + ' / ' + b);
              }
            }
            return out;""".formatted(width));
        problems.forEach(problem -> found.add(page.substring(page.indexOf("browser-report")) + ": " + problem));
      }
      // Every page's problems at once, so that one run shows all that is wrong.
      assertThat(found).as("at " + width + " px").isEmpty();
      browser.get(url);
      // README shows these two as docs/briefing.png and docs/briefing-390.png: copy them there after
      // a change to the page (DocExamplesTest checks that the copies are of this size).
      Files.write(Path.of("target", "briefing-" + width + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      browser.get(url);
    }
  }

  /**
   * Waits until the page ending in {@code path} is the one open and wholly loaded: twice under load
   * the charts were collected from a page that showed only its first few (the navigation the test
   * before ends with, back to the first report, still under way).
   */
  private static void loaded(String path) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Boolean.TRUE.equals(browser.executeScript(
        "return document.readyState === 'complete' && location.href.endsWith(arguments[0])", path))) {
      assertThat(System.nanoTime()).as("%s loads within a minute", path).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Checks every chart of the open page and returns their ids. */
  private static List<String> renderedCharts() {
    List<WebElement> charts = browser.findElements(By.cssSelector("svg[role='img']")).stream()
        .filter(WebElement::isDisplayed).toList();
    List<String> ids = new ArrayList<>();
    for (WebElement chart : charts) {
      ids.add(chart.getAttribute("id"));
      String title = chart.findElement(By.tagName("title")).getAttribute("textContent");
      List<String> drawn = chart.findElements(By.tagName("text")).stream().map(t -> t.getAttribute("textContent")).toList();
      assertThat(title).isNotBlank();
      assertThat(drawn).as("the chart draws its own title").contains(title.split(": ")[0]);
      assertThat(chart.getRect().getWidth()).isGreaterThan(600);
      assertThat(chart.getRect().getHeight()).isGreaterThan(250);
      Number painted = (Number) browser.executeScript(
          "return arguments[0].querySelectorAll('rect, path, line').length", chart);
      assertThat(painted.intValue()).as(title).isGreaterThan(20);
    }
    return ids;
  }

  @Test
  void theConsoleHasNoErrors() {
    browser.manage().logs().get(LogType.BROWSER);
    browser.navigate().refresh();
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();

    assertThat(errors).isEmpty();
  }

  @Test
  void thePageLoadsNothingButItself() {
    // The log holds everything since the browser started (its own new-tab page too): empty it first.
    browser.manage().logs().get(LogType.PERFORMANCE);
    browser.navigate().refresh();

    assertThat(requested()).isNotEmpty().allMatch(url::equals);
  }

  /** The addresses the browser requested since the performance log was last read. */
  private static List<String> requested() {
    return HeadlessChromium.requested(browser);
  }

  @Test
  void itFitsAPhoneAndPrintsOnSeparatePages() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
      Files.write(Path.of("target", "briefing-phone.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } finally {
      browser.manage().window().setSize(new Dimension(1200, 1800));
    }
    Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(Path.of("target", "briefing.pdf"), bytes);
    int pages = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("/Type\\s*/Page[^s]", -1).length - 1;
    assertThat(pages).as("sections start on new pages").isGreaterThanOrEqualTo(5);
  }
}

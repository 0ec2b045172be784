package dev.stratsim.bench;

import dev.stratsim.cli.HeadlessChromium;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * {@code stratsim serve} of the packaged jar opened in headless Chromium (Debian's chromium and
 * chromium-driver), for the browser test and for the benchmark of a control change's redraw: both
 * measure the same way.
 */
public final class ServePage implements AutoCloseable {
  private static final long PATIENCE_NANOS = 90_000_000_000L;

  private final Process serve;
  private final ChromeDriver browser;
  private final String url;

  private ServePage(Process serve, ChromeDriver browser, String url) {
    this.serve = serve;
    this.browser = browser;
    this.url = url;
  }

  /** Why the browser test cannot run here, or null when it can. */
  public static String missingBrowser() {
    return HeadlessChromium.missing();
  }

  /**
   * Starts {@code serve} of the packaged jar on a free port and opens the browser (not the page yet),
   * with the launcher's options for serve (the serial collector, both compilers).
   */
  public static ServePage open(List<String> scenarios) throws IOException {
    return open(scenarios, List.of());
  }

  /** As {@link #open(List)}, with {@code javaOptions} added to the launcher's. */
  public static ServePage open(List<String> scenarios, List<String> javaOptions) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC"));
    command.addAll(javaOptions);
    command.addAll(List.of("-jar", "target/stratsim.jar", "serve", "--port", "0"));
    command.addAll(scenarios);
    Process serve = new ProcessBuilder(command).redirectError(new File("target/serve-stderr.txt")).start();
    // The browser starts while serve does.
    ChromeDriver browser;
    try {
      browser = HeadlessChromium.start("target/chromedriver-serve.log");
    } catch (IOException | RuntimeException e) {
      serve.destroy();
      throw e;
    }
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("stratsim serve: http://127.0.0.1:")) {
      serve.destroy();
      browser.quit();
      throw new IllegalStateException("serve did not start: " + line + "; " + Files.readString(Path.of("target/serve-stderr.txt")));
    }
    String url = line.substring("stratsim serve: ".length(), line.indexOf(' ', "stratsim serve: ".length()));
    browser.manage().window().setSize(new Dimension(1400, 1100));
    return new ServePage(serve, browser, url);
  }

  public ChromeDriver browser() {
    return browser;
  }

  public String url() {
    return url;
  }

  /** Opens the page with {@code query} (e.g. {@code ?scenario=x&set=...}) and waits for its first result. */
  public void load(String query) {
    browser.get(url + query);
    waitFor(() -> !browser.findElements(By.cssSelector("#positions tbody tr")).isEmpty() && idle());
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** The number a table cell shows, without its change or pinned value. */
  public String cell(String actor, String metric) {
    return (String) script("const td = document.querySelector(`td[data-explain='${arguments[0]}']`);"
        + " return td ? td.firstChild.textContent : null", actor + "." + metric);
  }

  /** How many control changes the page has redrawn since it loaded. */
  public int timings() {
    return ((Number) script("return window.stratsimTimings.length")).intValue();
  }

  /** Whether no run is on its way or waiting. */
  public boolean idle() {
    return Boolean.TRUE.equals(script("return typeof inFlight !== 'undefined' && !inFlight && !queued"));
  }

  public void waitFor(BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page did not get there in time: " + browser.getCurrentUrl());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /**
   * Moves the first deal's stake slider {@code changes} times, one change after the last has
   * been redrawn, and returns each one's time from the input event to the first frame that shows
   * its result, as the page measures it (ms).
   */
  public static List<Double> latency(ServePage page, int changes) {
    page.load("?scenario=meta-scale-deal");
    // Warm up the server's code paths and the page's, as a person's first few moves do.
    move(page, changes / 5, 0);
    page.load("?scenario=meta-scale-deal");
    move(page, changes, 0);
    List<?> measured = (List<?>) page.script("return window.stratsimTimings.slice()");
    return measured.stream().map(t -> ((Number) t).doubleValue()).toList();
  }

  private static void move(ServePage page, int changes, int already) {
    for (int i = 0; i < changes; i++) {
      int done = page.timings();
      double value = 0.2 + (i % 10) * 0.03;
      page.script("const s = document.querySelector(\"input[name='deals[0].stake']\");"
          + " s.value = arguments[0]; s.dispatchEvent(new Event('input', {bubbles: true}))",
          String.format(Locale.ROOT, "%.2f", value));
      page.waitFor(() -> page.timings() > done && page.idle());
    }
  }

  /** {@code 50 changes: median 41 ms, 95th percentile 77 ms (fastest 30, slowest 90)}. */
  public static String describe(List<Double> timings) {
    double[] sorted = timings.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(Locale.ROOT, "%d changes: median %.0f ms, 95th percentile %.0f ms (fastest %.0f, slowest %.0f)",
        sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[0], sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile. */
  public static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** The addresses the browser requested since the performance log was last read. */
  public List<String> requested() {
    return HeadlessChromium.requested(browser);
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
      serve.destroy();
      try {
        serve.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** The headless Chromium of the browser tests (the briefing's and the workbench's), started one way. */
public final class HeadlessChromium {
  static final Path CHROMIUM = Path.of(System.getProperty("stratsim.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("stratsim.chromedriver", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /** Why a browser test cannot run here, or null when it can. */
  public static String missing() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      return "headless Chromium is not installed (" + CHROMIUM + ", " + DRIVER
          + "); install Debian's chromium and chromium-driver packages to run the browser test";
    }
    return null;
  }

  /**
   * Why {@code test} cannot run here, said on the build's output so a skipped browser test does not
   * pass unnoticed; or null when it can. With STRATSIM_REQUIRE_BROWSER=1 a missing browser fails it.
   */
  public static String skipWhenMissing(String test) {
    String missing = missing();
    if (missing != null) {
      if ("1".equals(System.getenv("STRATSIM_REQUIRE_BROWSER"))) {
        fail(missing + " (STRATSIM_REQUIRE_BROWSER=1 requires it)");
      }
      System.err.println(test + " skipped: " + missing);
    }
    return missing;
  }

  /** The addresses the browser requested since its performance log was last read. */
  public static List<String> requested(ChromeDriver browser) {
    List<String> requested = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      String message = entry.getMessage();
      if (message.contains("\"Network.requestWillBeSent\"")) {
        int at = message.indexOf("\"url\":\"") + 7;
        requested.add(message.substring(at, message.indexOf('"', at)));
      }
    }
    return requested;
  }

  /** A fresh browser keeping its console and network logs, the driver's own log in {@code driverLog}. */
  public static ChromeDriver start(String driverLog) throws IOException {
    ChromeOptions options = new ChromeOptions();
    // Both paths given, so Selenium Manager never looks for (or downloads) a browser or driver.
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + Files.createTempDirectory("stratsim-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withLogFile(new File(driverLog)).build();
    return new ChromeDriver(service, options);
  }
}

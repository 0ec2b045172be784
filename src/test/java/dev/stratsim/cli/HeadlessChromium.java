package dev.stratsim.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

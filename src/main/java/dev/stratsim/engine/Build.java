package dev.stratsim.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which stratsim this is: its version and build, read from the jar. The engine keys its cache of
 * compiled rules by them; {@code report.Version} hands them to the outputs.
 */
public final class Build {
  private Build() {}

  /** stratsim's version, or {@code unknown}. */
  public static String version() {
    return properties().getProperty("version", "unknown");
  }

  /**
   * When this build was made: a development build changes the classes without changing the
   * version, so caches of what those classes compiled are told apart by it.
   */
  public static String id() {
    return properties().getProperty("build", "unknown");
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = Build.class.getResourceAsStream("/stratsim-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Unknown, as a missing file is.
    }
    return properties;
  }
}

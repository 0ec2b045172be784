package dev.stratsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** stratsim's own version, stamped into outputs so a reader can reproduce them. */
public final class Version {
  private Version() {}

  public static String current() {
    return properties().getProperty("version", "unknown");
  }

  /**
   * When this build was made: a development build changes the classes without changing the
   * version, so caches of what those classes compiled are told apart by it.
   */
  public static String build() {
    return properties().getProperty("build", "unknown");
  }

  private static Properties properties() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/stratsim-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Unknown, as a missing file is.
    }
    return properties;
  }
}

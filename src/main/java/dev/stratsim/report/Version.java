package dev.stratsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** stratsim's own version, stamped into outputs so a reader can reproduce them. */
public final class Version {
  private Version() {}

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/stratsim-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}

package dev.stratsim.scenario;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Scenario, actor, role and deal ids: short, lowercase, safe in paths and file names. */
final class Ids {
  static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final String RULE = "must match [a-z0-9][a-z0-9-]* (lowercase letters, digits and dashes)";

  private Ids() {}

  static boolean valid(String id) {
    return PATTERN.matcher(id).matches();
  }

  /** The file name without {@code .yaml} or {@code .yml}: a scenario's default id. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    for (String ext : new String[] {".yaml", ".yml"}) {
      if (name.endsWith(ext) && name.length() > ext.length()) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }
}

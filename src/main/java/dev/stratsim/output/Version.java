package dev.stratsim.output;

import dev.stratsim.engine.Build;

/** stratsim's own version, stamped into outputs so a reader can reproduce them. */
public final class Version {
  private Version() {}

  public static String current() {
    return Build.version();
  }

  /**
   * When this build was made: a development build changes the classes without changing the
   * version, so caches of what those classes compiled are told apart by it.
   */
  public static String build() {
    return Build.id();
  }
}

package dev.stratsim.output;

import java.util.Locale;
import java.util.function.Supplier;

/** The one reading of a {@code --format} value, for every command that writes a report. */
public final class Formats {
  private Formats() {}

  /** The format a {@code --format} value names, in any case: table, json or markdown. */
  public static <T> T named(String name, Supplier<? extends T> table, Supplier<? extends T> json,
      Supplier<? extends T> markdown) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "table" -> table.get();
      case "json" -> json.get();
      case "markdown" -> markdown.get();
      default -> throw new IllegalArgumentException("unknown format " + name);
    };
  }
}

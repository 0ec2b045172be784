package dev.stratsim.cli;

/**
 * {@code --format} of every command that prints a table, JSON or Markdown ({@code run}, {@code
 * check}, {@code diff}, {@code simulate}, {@code sensitivity}, {@code calibrate}); {@code compare}
 * and {@code sweep}, which also write CSV, have their own.
 */
enum Format {
  table, json, markdown;

  /** Reads the value as {@link FormatName} reads every {@code --format}. */
  static final class Converter extends FormatName<Format> {
    Converter() {
      super(Format.class);
    }
  }
}

package dev.stratsim.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} the same way in every command: {@code table} is the aligned text for a
 * terminal, whichever command prints it. {@code check}, {@code diff} and {@code calibrate} once
 * called it {@code text}; that name is still read, unlisted, so scripts written then keep working.
 */
abstract class FormatName<E extends Enum<E>> implements ITypeConverter<E> {
  /** The old name of {@code table}. */
  static final String OLD_TABLE = "text";

  private final Class<E> type;

  FormatName(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    String name = value.strip().toLowerCase(Locale.ROOT);
    String wanted = name.equals(OLD_TABLE) ? "table" : name;
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
        .orElseThrow(() -> new TypeConversionException("expected one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + " (case-insensitive) but was '" + value + "'"));
  }
}

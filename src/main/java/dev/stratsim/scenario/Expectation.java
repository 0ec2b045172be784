package dev.stratsim.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * One check of {@code expect:}, {@code followed:} or {@code expect_simulated.checks}, kept with
 * where it was written so a failure can point at it.
 *
 * @param sources where what the check states comes from ({@code source:} or {@code sources:} of
 *     the map form), or empty
 */
public record Expectation(String text, Path file, int line, int column, List<String> sources) {
  public Expectation {
    sources = List.copyOf(sources);
  }

  /** A check written as a plain string, without sources. */
  public Expectation(String text, Path file, int line, int column) {
    this(text, file, line, column, List.of());
  }
}

package dev.stratsim.engine;

import java.nio.file.Path;

/**
 * A rule as a reader meets it: where it is written and why it exists.
 *
 * @param phase its {@code @phase}, or empty; {@code aggregate} rules compute scores, index and
 *     rank
 */
public record RuleInfo(String name, Path file, int line, String rationale, String source,
    String phase) {

  /** Whether the rule turns effects into scores, index and rank, and so can never be left out. */
  public boolean aggregate() {
    return Simulator.AGGREGATE.equals(phase);
  }
}

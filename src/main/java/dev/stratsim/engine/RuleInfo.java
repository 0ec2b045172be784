package dev.stratsim.engine;

import java.nio.file.Path;

/**
 * A rule as a reader meets it: where it is written and why it exists.
 *
 * @param phase the phase it runs in (its agenda group, or its {@code @phase} in a rules folder
 *     without phases), or empty
 * @param aggregate whether the rule turns effects into scores, index and rank (it runs at the
 *     start as well), and so can never be left out
 */
public record RuleInfo(String name, Path file, int line, String rationale, String source,
    String phase, boolean aggregate) {}

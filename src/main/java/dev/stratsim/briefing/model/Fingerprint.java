package dev.stratsim.briefing.model;

import java.util.SortedMap;

/**
 * What a reader needs to reproduce a report: the same stratsim, rules and scenarios (and, with
 * {@code --samples}, the same seed and sample count) give the same report.
 *
 * @param scenarios scenario id to the SHA-256 of its merged content
 * @param samples null without {@code --samples}
 * @param seed null without {@code --samples}
 */
public record Fingerprint(String stratsim, String rulesSha256, SortedMap<String, String> scenarios,
    Integer samples, Long seed) {}

package dev.stratsim.analysis.diff;

/** An {@code expect:} entry that holds on one side and fails on the other. */
public record ExpectationChange(String expect, boolean baseHolds, boolean currentHolds, String baseDetail,
    String currentDetail) {}

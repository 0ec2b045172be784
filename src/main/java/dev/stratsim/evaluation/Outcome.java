package dev.stratsim.evaluation;

import dev.stratsim.scenario.Expectation;

/**
 * One expectation checked against a run.
 *
 * @param detail what it saw ({@code meta.rank@2029 <= 2: meta.rank@2029 was 3}), or why it could
 *     not be evaluated
 */
public record Outcome(Expectation expectation, boolean holds, String detail) {}

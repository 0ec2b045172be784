package dev.stratsim.engine;

/**
 * An actor's metric as the scenario gives it, before the first year: what rules measure a change
 * since the start of the period against.
 */
public record Start(String actor, String metric, double value) {}

package dev.stratsim.engine;

/**
 * A competitor's index and rank in its arena at the end of the year before the one being
 * evaluated (for the first year, the scenario's own values): where it stood when the year began.
 */
public record Standing(String actor, String arena, double index, int rank) {}

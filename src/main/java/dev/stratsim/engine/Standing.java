package dev.stratsim.engine;

/**
 * A competitor's index and rank in its arena when {@code year} began: at the end of the year
 * before it (for the first year of the period, the scenario's own values). Every year from the
 * period's first to the one being evaluated has its standings, so a rule can judge a deal by the
 * parties' positions when it was struck, whatever they became since.
 */
public record Standing(int year, String actor, String arena, double index, int rank) {}

package dev.stratsim.engine;

/** A competitor's rank by index at the end of a year; 1 leads. */
public record Rank(int year, String actor, int rank) {}

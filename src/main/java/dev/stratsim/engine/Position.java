package dev.stratsim.engine;

/** A competitor's overall index at the end of a year, combined from its pillars by the rules. */
public record Position(int year, String actor, double index) {}

package dev.stratsim.engine;

/** An actor's metric at the end of a year: the start value plus the year's effects, in bounds. */
public record Score(int year, String actor, String metric, double value) {}

package dev.stratsim.engine;

/** The year the rules are evaluating, with the scenario's first and last years. */
public record Year(int value, int first, int last) {}

package dev.stratsim.engine;

/**
 * A derived metric's value at the end of the year before the one being evaluated: what a rule
 * needs to carry a derived measure forward (the strongest scrutiny so far), since derived
 * metrics are computed afresh each year rather than carried as starting state.
 */
public record LastYear(String actor, String metric, double value) {}

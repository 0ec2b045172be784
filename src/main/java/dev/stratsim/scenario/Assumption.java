package dev.stratsim.scenario;

/** A scenario's override of a model knob, with where the number comes from. */
public record Assumption(String name, double value, String source) {}

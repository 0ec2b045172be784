package dev.stratsim.engine;

import java.nio.file.Path;

/** A place where a rule reads a knob by its literal name, as in {@code $k.num("control_stake")}. */
public record KnobRead(String knob, Path file, int line) {}

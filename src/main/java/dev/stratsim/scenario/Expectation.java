package dev.stratsim.scenario;

import java.nio.file.Path;

/** One {@code expect:} entry, kept with where it was written so a failure can point at it. */
public record Expectation(String text, Path file, int line, int column) {}

package dev.stratsim.engine;

import java.nio.file.Path;

/** A rule as a reader meets it: where it is written and why it exists. */
public record RuleInfo(String name, Path file, int line, String rationale, String source) {}

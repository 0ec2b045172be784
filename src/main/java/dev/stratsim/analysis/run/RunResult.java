package dev.stratsim.analysis.run;

import dev.stratsim.engine.Projection;
import dev.stratsim.model.Vocabulary;
import java.util.List;

/**
 * What {@code run} computed: one projection per scenario, in the order given, and the vocabulary
 * of the rules that ran them (the formats and {@code --watch}'s "what moved" name metrics by it).
 */
public record RunResult(List<Projection> projections, Vocabulary vocabulary) {}

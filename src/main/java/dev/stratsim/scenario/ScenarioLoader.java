package dev.stratsim.scenario;

import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario file: follows {@code extends}, applies {@code --set} overrides and validates the
 * result against a rule set's vocabulary. The format is described in docs/scenario-format.md.
 */
public final class ScenarioLoader {
  private final Vocabulary vocabulary;

  public ScenarioLoader(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public Scenario load(Path file) {
    return load(file, List.of());
  }

  /**
   * The scenario with every distribution at its central value.
   *
   * @param overrides {@code PATH=VALUE} arguments, e.g. {@code deals[0].stake=0.3}
   * @throws InvalidInputException listing every problem found, each with its file and line, or
   *     naming the {@code --set} it came from
   */
  public Scenario load(Path file, List<String> overrides) {
    return template(file, overrides).central();
  }

  /** The scenario with its distributions kept, for sampling and what-if runs. */
  public ScenarioTemplate template(Path file, List<String> overrides) {
    return ScenarioTemplate.load(vocabulary, file, overrides);
  }
}

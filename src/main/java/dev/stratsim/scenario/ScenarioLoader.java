package dev.stratsim.scenario;

import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * @param overrides {@code PATH=VALUE} arguments, e.g. {@code deals[0].stake=0.3}
   * @throws InvalidInputException listing every problem found, each with its file and line, or
   *     naming the {@code --set} it came from
   */
  public Scenario load(Path file, List<String> overrides) {
    YamlDocument merged = ExtendsChain.resolve(file);
    List<Problem> setProblems = new ArrayList<>();
    YamlDocument doc = Overrides.apply(merged, overrides, setProblems);
    Checker checker = new Checker(doc);
    setProblems.forEach(checker::add);
    String sha256 = Canonical.sha256(doc.root());
    return new ScenarioReader(vocabulary, checker, doc, file).read(sha256)
        .orElseThrow(() -> new InvalidInputException(checker.problems()));
  }
}

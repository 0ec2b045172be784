package dev.stratsim.lint;

import dev.stratsim.engine.KnobRead;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Knobs declared in assumptions.yaml that no rule reads: a scenario overriding one changes nothing. */
final class UnreadKnobs {
  private UnreadKnobs() {}

  static List<Problem> find(RuleSet rules) {
    Set<String> read = read(rules);
    Path file = rules.dir().resolve("assumptions.yaml");
    YamlDocument doc;
    try {
      doc = YamlReader.read(file);
    } catch (InvalidInputException e) {
      doc = null;  // It was read when the rules loaded; if it has changed since, report without lines.
    }
    YamlDocument located = doc;
    return rules.vocabulary().knobs().keySet().stream()
        .filter(knob -> !read.contains(knob))
        .map(knob -> {
          Location at = located == null ? null : located.keys().get(knob);
          String message = "assumption '" + knob + "' is declared but no rule reads it, so setting it changes"
              + " nothing; read it in a rule as $k.num(\"" + knob + "\") or remove it";
          return at == null ? Problem.inFile(file, message) : Problem.at(file, at.line(), at.column(), message);
        })
        .toList();
  }

  /** The knobs the rules folder's DRL reads, as Drools' parser reads it (see {@code drl.KnobReads}). */
  static Set<String> read(RuleSet rules) {
    return rules.knobReads().stream().map(KnobRead::knob).collect(Collectors.toSet());
  }
}

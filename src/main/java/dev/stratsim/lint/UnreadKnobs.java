package dev.stratsim.lint;

import dev.stratsim.engine.KnobRead;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The knobs the rules folder's DRL reads, as Drools' parser reads it; if a file cannot be read
   * or parsed now (it compiled when the rules loaded), every literal {@code .num("...")} in it.
   */
  static Set<String> read(RuleSet rules) {
    Set<String> read = new HashSet<>();
    for (Path file : rules.sourceFiles()) {
      if (!file.toString().endsWith(".drl")) {
        continue;
      }
      Optional<Set<String>> knobs;
      try {
        knobs = DrlKnobs.read(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | UncheckedIOException e) {
        knobs = Optional.empty();
      }
      knobs.ifPresentOrElse(read::addAll, () -> rules.knobReads().stream()
          .filter(r -> file.equals(r.file())).map(KnobRead::knob).forEach(read::add));
    }
    return read;
  }
}

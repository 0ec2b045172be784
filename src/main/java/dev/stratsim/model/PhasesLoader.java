package dev.stratsim.model;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rule set's optional {@code phases.yaml}: the layers of a year in the order they run.
 * Without the file the rules run in one layer, ordered by their salience alone.
 */
final class PhasesLoader {
  private PhasesLoader() {}

  static List<PhaseDef> load(Path file, List<Problem> problems) {
    List<PhaseDef> phases = new ArrayList<>();
    if (!Files.exists(file)) {
      return phases;
    }
    YamlDocument doc;
    try {
      doc = YamlReader.read(file);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return phases;
    }
    Checker c = new Checker(doc);
    c.at("", doc.root()).map("a map of phase name to {about: ..., at_start: true|false}, in the order they run")
        .ifPresent(root -> root.fieldNames().forEachRemaining(name -> {
          if (!VocabularyLoader.NAME.matcher(name.replace('-', '_')).matches()) {
            c.keyError(name, "phase name '" + name + "' must match [a-z][a-z0-9-]*");
          }
          c.at(name, root.get(name)).requiredMap("a map with about").ifPresent(def -> {
            c.onlyKeys(def, name, List.of("about", "at_start"));
            boolean atStart = c.field(def, name, "at_start").bool().orElse(false);
            c.field(def, name, "about").requiredText("one sentence on what the phase decides")
                .ifPresent(about -> phases.add(new PhaseDef(name, atStart, about)));
          });
        }));
    problems.addAll(c.problems());
    return phases;
  }
}

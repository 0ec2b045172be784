package dev.stratsim.batch;

import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.files.Bundle;
import dev.stratsim.scenario.ScenarioLoader;
import dev.stratsim.scenario.ScenarioTemplate;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a command's runs need in another JVM: the rules folder's text, the scenarios with the
 * files they extend, the {@code --set} arguments (an {@code --assumptions} overlay already among
 * them) and the year timeout. Loaded there once per JVM ({@link #load()}), from the compiled-rule
 * cache when it has the rules.
 *
 * @param rules the rules folder and {@code scenarios} the scenario files, absolute paths on the command's machine
 */
public record Carried(Bundle files, String rules, List<String> scenarios, List<String> sets, long yearTimeoutNanos)
    implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

  /**
   * The rules and scenarios as loaded in this JVM.
   *
   * @param files the scenario files where they were laid out in this JVM
   */
  public record Loaded(Simulator simulator, List<ScenarioTemplate> templates, List<Path> files) {
    /** The one scenario of a what-if command. */
    public ScenarioTemplate template() {
      return templates.get(0);
    }
  }

  public Carried {
    scenarios = List.copyOf(scenarios);
    sets = List.copyOf(sets);
  }

  /** What a run of {@code template} under {@code rules} needs elsewhere, read from the files now. */
  public static Carried of(RuleSet rules, ScenarioTemplate template, Duration yearTimeout) {
    return of(rules, List.of(template), yearTimeout);
  }

  /** What runs of {@code templates} (loaded without --set) under {@code rules} need elsewhere. */
  public static Carried of(RuleSet rules, List<ScenarioTemplate> templates, Duration yearTimeout) {
    Bundle files = new Bundle().folder(rules.dir());
    rules.sourceFiles().forEach(files::file);
    templates.forEach(t -> t.sources().forEach(files::file));
    return new Carried(files, absolute(rules.dir()), templates.stream().map(t -> absolute(t.sources().get(0)))
        .toList(), templates.get(0).overrides(), yearTimeout.toNanos());
  }

  /** A path made absolute here: an executor's working folder is not this command's. */
  private static String absolute(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /** The rules compiled and the scenarios read in this JVM, once per JVM. */
  public Loaded load() {
    return LOADED.computeIfAbsent(files.sha256() + "\0" + String.join("\0", sets) + "\0" + yearTimeoutNanos,
        key -> {
          RuleSet ruleSet = RuleSet.load(files.here(Path.of(rules)));
          ScenarioLoader loader = new ScenarioLoader(ruleSet.vocabulary());
          List<Path> here = scenarios.stream().map(s -> files.here(Path.of(s))).toList();
          return new Loaded(new Simulator(ruleSet, Duration.ofNanos(yearTimeoutNanos)),
              here.stream().map(file -> loader.template(file, sets)).toList(), here);
        });
  }

  /** A message written in this JVM, naming files as the command line did. */
  public String shown(String message) {
    return files.shown(message);
  }
}

package dev.stratsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.uncertainty.Choice;
import dev.stratsim.uncertainty.Correlation;
import dev.stratsim.uncertainty.Design;
import dev.stratsim.uncertainty.Sampling;
import dev.stratsim.yaml.Checker;
import dev.stratsim.yaml.Location;
import dev.stratsim.yaml.YamlDocument;
import dev.stratsim.yaml.YamlPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scenario read and checked once, with its distributions kept aside: {@link #central()} is the
 * scenario with every distribution at its central value, {@link #sample} one Monte Carlo draw and
 * {@link #with} the scenario with some values replaced. Only values are substituted afterwards;
 * no YAML is read again. Thread-safe.
 */
public final class ScenarioTemplate {
  private final Vocabulary vocabulary;
  private final Path file;
  private final YamlDocument doc;
  private final List<UncertainInput> inputs;
  private final Correlation correlation;
  private final Scenario central;
  private final List<String> overrides;
  private final List<Path> sources;

  private ScenarioTemplate(Vocabulary vocabulary, Path file, YamlDocument doc,
      List<UncertainInput> inputs, Correlation correlation, Scenario central, List<String> overrides,
      List<Path> sources) {
    this.vocabulary = vocabulary;
    this.file = file;
    this.doc = doc;
    this.inputs = inputs;
    this.correlation = correlation;
    this.central = central;
    this.overrides = List.copyOf(overrides);
    this.sources = List.copyOf(sources);
  }

  /**
   * Follows {@code extends}, applies {@code --set} overrides, reads the distributions and checks
   * the result, including every value each choice can take.
   *
   * @throws InvalidInputException listing every problem found, each with its file and line
   */
  public static ScenarioTemplate load(Vocabulary vocabulary, Path file, List<String> overrides) {
    List<Problem> setProblems = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    YamlDocument written = Overrides.apply(ExtendsChain.resolve(file, sources), overrides, setProblems);
    Checker checker = new Checker(written);
    setProblems.forEach(checker::add);
    ObjectNode root = written.root().deepCopy();
    int before = checker.problems().size();
    List<UncertainInput> inputs = new Uncertainties(vocabulary, checker).extract(root);
    Set<String> setPaths = overrides.stream().filter(s -> s.indexOf('=') > 0)
        .map(s -> s.substring(0, s.indexOf('=')).strip()).collect(Collectors.toSet());
    Correlation correlation = new CorrelationsReader(checker, inputs, setPaths).read(root);
    // A distribution that could not be read is still a map where a value belongs: reading on
    // would only add a confusing second problem about it.
    if (checker.problems().size() > before) {
      throw new InvalidInputException(checker.problems());
    }
    YamlDocument doc = new YamlDocument(written.file(), root, written.values(), written.keys());
    Scenario central = new ScenarioReader(vocabulary, checker, doc, file)
        .read(Canonical.sha256(written.root()))
        .orElseThrow(() -> new InvalidInputException(checker.problems()));
    ScenarioTemplate template = new ScenarioTemplate(vocabulary, file, doc, inputs, correlation, central, overrides,
        sources);
    template.checkChoices();
    return template;
  }

  /** The scenario with every distribution at its central value; what {@code run} shows. */
  public Scenario central() {
    return central;
  }

  /** The {@code --set PATH=VALUE} arguments applied to the file, as given. */
  public List<String> overrides() {
    return overrides;
  }

  /** The files read: the scenario's, then each one it extends, as named in messages. */
  public List<Path> sources() {
    return sources;
  }

  /** The distributions, in the order the merged scenario lists them (and draws them). */
  public List<UncertainInput> inputs() {
    return inputs;
  }

  /** The rank correlations between the inputs ({@code correlations:}), or {@link Correlation#NONE}. */
  public Correlation correlation() {
    return correlation;
  }

  /** Random sampling under {@code seed}: what {@code run --seed S --sample I} draws. */
  public Design design(long seed) {
    return Design.random(seed, inputs.size(), correlation);
  }

  /**
   * The draws of a Monte Carlo run of {@code total} samples; Latin hypercube sampling covers
   * each {@code batch} of them in turn.
   */
  public Design design(Sampling sampling, long seed, long total, int batch) {
    return new Design(sampling, seed, inputs.size(), correlation, total, batch);
  }

  /**
   * The values of Monte Carlo sample {@code index}: one uniform number per input, in order, from
   * the sample's own generator, as the design correlates and stratifies them.
   */
  public List<Edit> draws(Design design, long index) {
    double[] u = design.uniforms(index);
    List<Edit> edits = new ArrayList<>(inputs.size());
    for (int j = 0; j < inputs.size(); j++) {
      edits.add(new Edit(inputs.get(j).path(), inputs.get(j).distribution().at(u[j]), null));
    }
    return List.copyOf(edits);
  }

  /** Sample {@code index} of random sampling under {@code seed}. */
  public List<Edit> draws(long seed, long index) {
    return draws(design(seed), index);
  }

  /** Monte Carlo sample {@code index} of this scenario under {@code seed}, randomly sampled. */
  public Scenario sample(long seed, long index) {
    return sample(design(seed), index);
  }

  /** Monte Carlo sample {@code index} of a design. */
  public Scenario sample(Design design, long index) {
    return inputs.isEmpty() ? central : with(draws(design, index));
  }

  /**
   * The scenario with each edit applied, checked like a scenario file.
   *
   * @throws InvalidInputException naming the edit's origin, or the file line of an edit without
   */
  public Scenario with(List<Edit> edits) {
    ObjectNode root = doc.root().deepCopy();
    List<Edit> named = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit.origin() == null) {
        put(root, edit.path(), edit.value());
      } else {
        named.add(edit);
      }
    }
    YamlDocument edited = new YamlDocument(doc.file(), root, doc.values(), doc.keys());
    List<Problem> problems = new ArrayList<>();
    if (!named.isEmpty()) {
      edited = Overrides.edit(edited, named, problems);
    }
    return read(edited, problems);
  }

  private Scenario read(YamlDocument edited, List<Problem> problems) {
    Checker checker = new Checker(edited);
    problems.forEach(checker::add);
    return new ScenarioReader(vocabulary, checker, edited, file)
        .read(Canonical.sha256(edited.root()))
        .orElseThrow(() -> new InvalidInputException(checker.problems()));
  }

  /** Every value of every choice must make a valid scenario, with the others held central. */
  private void checkChoices() {
    Set<Problem> problems = new LinkedHashSet<>();
    for (UncertainInput input : inputs) {
      if (input.distribution() instanceof Choice choice) {
        for (Choice.Option option : choice.options()) {
          ObjectNode root = doc.root().deepCopy();
          put(root, input.path(), option.value());
          Map<String, Location> values = new HashMap<>(doc.values());
          String key = YamlPaths.key(YamlPaths.key(input.path(), "values"), option.label());
          values.put(input.path(), doc.keys().getOrDefault(key, input.location()));
          try {
            read(new YamlDocument(doc.file(), root, values, doc.keys()), List.of());
          } catch (InvalidInputException e) {
            problems.addAll(e.problems());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(List.copyOf(problems));
    }
  }

  /** Replaces the value at a path the tree has. */
  private static void put(ObjectNode root, String path, JsonNode value) {
    List<Object> segments = Overrides.segments(path);
    JsonNode container = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      Object segment = segments.get(i);
      container = segment instanceof Integer n ? container.get(n) : container.get((String) segment);
    }
    Object last = segments.get(segments.size() - 1);
    if (last instanceof Integer n) {
      ((ArrayNode) container).set(n, value);
    } else {
      ((ObjectNode) container).set((String) last, value);
    }
  }

  @Override
  public String toString() {
    return central.id() + inputs.stream().map(UncertainInput::path)
        .collect(Collectors.joining(", ", " (uncertain: ", ")"));
  }
}

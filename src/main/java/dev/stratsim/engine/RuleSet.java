package dev.stratsim.engine;

import dev.stratsim.model.Vocabulary;
import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * A rules folder compiled once: the Drools knowledge base, the vocabulary the rules speak, and
 * what each rule is for. One instance serves any number of runs and threads.
 */
public final class RuleSet {
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final Map<String, RuleSet> LOADED = new ConcurrentHashMap<>();
  private static final Pattern PARSER_ERROR = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):\\d+ (.*)");

  private final KieBase kieBase;
  private final Vocabulary vocabulary;
  private final List<RuleInfo> rules;
  private final String sha256;
  private final Path dir;

  private RuleSet(KieBase kieBase, Vocabulary vocabulary, List<RuleInfo> rules, String sha256, Path dir) {
    this.kieBase = kieBase;
    this.vocabulary = vocabulary;
    this.rules = rules;
    this.sha256 = sha256;
    this.dir = dir;
  }

  /**
   * Loads a rules folder: the vocabulary from its YAML files and the rules from its DRL files,
   * reporting the problems of both at once.
   */
  public static RuleSet load(Path dir) {
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new InvalidInputException(
          Problem.inFile(dir, "rules folder not found; pass --rules DIR or run from the project folder"));
    }
    Vocabulary vocabulary;
    try {
      vocabulary = VocabularyLoader.load(dir);
    } catch (InvalidInputException vocabularyProblems) {
      List<Problem> problems = new ArrayList<>(vocabularyProblems.problems());
      try {
        compile(dir, Vocabulary.of(java.util.Map.of(), java.util.Map.of()));
      } catch (InvalidInputException ruleProblems) {
        ruleProblems.problems().stream()
            .filter(p -> !p.message().startsWith("the rules read assumption"))
            .forEach(problems::add);
      }
      throw new InvalidInputException(problems);
    }
    // Compiling takes seconds; the same folder with the same contents gives the same rule set.
    String key = dir + "\n" + DrlSources.read(dir).sha256();
    RuleSet cached = LOADED.get(key);
    if (cached == null) {
      cached = compile(dir, vocabulary);
      LOADED.putIfAbsent(key, cached);
    }
    return cached;
  }

  /** Compiles every {@code .drl} file in {@code dir}; reports every problem found, not the first. */
  public static RuleSet compile(Path dir, Vocabulary vocabulary) {
    DrlSources sources = DrlSources.read(dir);
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    // The KieRepository is process-wide: a fresh ReleaseId per build keeps builds apart.
    ReleaseId release = services.newReleaseId("dev.stratsim.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
    files.generateAndWritePomXML(release);
    sources.files().forEach((name, text) -> files.write("src/main/resources/rules/" + name, text));
    KieBuilder builder = services.newKieBuilder(files).buildAll();

    List<Problem> problems = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      // Drools follows each parse error with this line, which adds nothing for the user.
      if (!message.getText().contains("Parser returned a null Package")) {
        problems.add(toProblem(sources, message));
      }
    }
    problems.addAll(unknownKnobs(sources, vocabulary));
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing((Problem p) -> String.valueOf(p.file())).thenComparingInt(Problem::line));
      throw new InvalidInputException(problems);
    }
    KieBase kieBase = services.newKieContainer(release).getKieBase();
    List<RuleInfo> rules = describe(sources, kieBase);
    List<Problem> undocumented = rules.stream()
        .filter(r -> r.rationale().isBlank())
        .map(r -> Problem.at(r.file(), r.line(), 0,
            "rule \"" + r.name() + "\" has no @rationale; add @rationale(\"why the rule holds\")"))
        .toList();
    if (!undocumented.isEmpty()) {
      throw new InvalidInputException(undocumented);
    }
    return new RuleSet(kieBase, vocabulary, rules, sources.sha256(), dir);
  }

  private static Problem toProblem(DrlSources sources, Message message) {
    String path = message.getPath() == null ? null : Path.of(message.getPath()).getFileName().toString();
    String text = message.getText().strip().lines().findFirst().orElse("").strip();
    // MVEL puts the useful part ("unable to resolve method ... State.metrc()") on a later line.
    String detail = message.getText().lines()
        .filter(l -> l.startsWith("[Error: "))
        .map(l -> l.substring("[Error: ".length(), l.length() - (l.endsWith("]") ? 1 : 0)))
        .findFirst().orElse("");
    if (!detail.isEmpty()) {
      text = text.replaceAll(":$", "") + ": " + detail;
    }
    int line = Math.max(message.getLine(), 0);
    int column = Math.max(message.getColumn(), 0);
    Matcher parserError = PARSER_ERROR.matcher(text);
    if (parserError.matches()) {
      line = Integer.parseInt(parserError.group(1));
      text = parserError.group(2);
    }
    if (path == null) {
      return Problem.inFile(sources.dir(), "rules do not compile: " + text);
    }
    return Problem.at(sources.path(path), line, column, "rules do not compile: " + text);
  }

  private static List<Problem> unknownKnobs(DrlSources sources, Vocabulary vocabulary) {
    return sources.knobReads().stream()
        .filter(read -> !vocabulary.knobs().containsKey(read.name()))
        .map(read -> Problem.at(read.file(), read.line(), 0,
            "the rules read assumption '" + read.name() + "', which has no default; declare it in "
                + sources.dir().resolve("assumptions.yaml")))
        .toList();
  }

  private static List<RuleInfo> describe(DrlSources sources, KieBase kieBase) {
    List<RuleInfo> described = new ArrayList<>();
    for (DrlSources.RuleLocation at : sources.ruleLocations()) {
      Rule rule = kieBase.getKiePackages().stream()
          .map(p -> p.getRules().stream().filter(r -> r.getName().equals(at.name())).findFirst().orElse(null))
          .filter(r -> r != null)
          .findFirst()
          .orElse(null);
      if (rule != null) {
        described.add(new RuleInfo(at.name(), at.file(), at.line(),
            metadata(rule, "rationale"), metadata(rule, "source"), metadata(rule, "phase")));
      }
    }
    return List.copyOf(described);
  }

  private static String metadata(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    return value == null ? "" : value.toString();
  }

  public KieSession newSession() {
    return kieBase.newKieSession();
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The rules in reading order: file by file, top to bottom. */
  public List<RuleInfo> rules() {
    return rules;
  }

  public String sha256() {
    return sha256;
  }

  public Path dir() {
    return dir;
  }
}

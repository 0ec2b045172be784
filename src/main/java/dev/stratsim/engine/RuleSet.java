package dev.stratsim.engine;

import dev.stratsim.model.PhaseDef;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.model.VocabularyLoader;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rules folder compiled once: the Drools knowledge base, the vocabulary the rules speak, and
 * what each rule is for. One instance serves any number of runs and threads.
 */
public final class RuleSet {
  private static final AtomicLong BUILDS = new AtomicLong();

  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  private final Vocabulary vocabulary;
  private final List<RuleInfo> rules;
  private final String sha256;
  private final Path dir;
  private final DrlSources sources;
  private final java.util.Set<String> aggregateRules;

  private RuleSet(RuleSetCache.Compiled compiled, Vocabulary vocabulary, List<RuleInfo> rules, String sha256,
      Path dir, DrlSources sources) {
    this.kieBase = compiled.kieBase();
    this.sessions = compiled.sessions();
    this.vocabulary = vocabulary;
    this.rules = rules;
    this.sha256 = sha256;
    this.dir = dir;
    this.sources = sources;
    this.aggregateRules = rules.stream().filter(RuleInfo::aggregate).map(RuleInfo::name)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * Loads a rules folder: the vocabulary from its YAML files and the rules from its DRL files,
   * reporting the problems of both at once. The compiled rules come from this process's cache or
   * the on-disk {@link RuleCache} when the folder's content was compiled before.
   */
  public static RuleSet load(Path dir) {
    DrlSources sources = DrlSources.read(dir);
    String sha256 = sources.sha256();
    RuleSet loaded = RuleSetCache.loaded(dir, sha256);
    if (loaded == null) {
      if (!RuleCache.hasLocations(sources.drlSha256())) {
        sources.parseAhead();
      }
      loaded = loadAgain(sources, sha256);
      RuleSetCache.remember(dir, sha256, loaded);
    }
    return loaded;
  }

  private static RuleSet loadAgain(DrlSources sources, String sha256) {
    Path dir = sources.dir();
    Vocabulary vocabulary = RuleSetCache.vocabulary(dir, sha256);
    try {
      // The vocabulary read a moment ago to check the scenarios, if it was (RuleSet.vocabulary).
      vocabulary = vocabulary != null ? vocabulary : VocabularyLoader.load(dir);
    } catch (InvalidInputException vocabularyProblems) {
      List<Problem> problems = new ArrayList<>(vocabularyProblems.problems());
      try {
        compile(sources, Vocabulary.of(java.util.Map.of(), java.util.Map.of()));
      } catch (InvalidInputException ruleProblems) {
        ruleProblems.problems().stream()
            .filter(p -> !p.message().startsWith("the rules read assumption"))
            .forEach(problems::add);
      }
      throw new InvalidInputException(problems);
    }
    return compile(sources, vocabulary);
  }

  /**
   * The vocabulary of a rules folder without compiling its rules, so that arguments and scenarios
   * can be checked against it first and a mistake in them is reported in a fraction of a second.
   * When the vocabulary has problems, the rules are compiled after all so that the problems of
   * both are reported together, as {@link #load} does.
   */
  public static Vocabulary vocabulary(Path dir) {
    String sha256 = DrlSources.read(dir).sha256();
    RuleSet loaded = RuleSetCache.loaded(dir, sha256);
    if (loaded != null) {
      return loaded.vocabulary();
    }
    try {
      Vocabulary vocabulary = VocabularyLoader.load(dir);
      RuleSetCache.rememberVocabulary(dir, sha256, vocabulary);
      return vocabulary;
    } catch (InvalidInputException problems) {
      load(dir);
      throw problems;
    }
  }

  /** How many rule sets this process has compiled; a test can tell a check that needed none. */
  public static long compilations() {
    return BUILDS.get();
  }

  /**
   * Starts loading the compiled rules of {@code dir} on a background thread when the compiled-rule
   * cache has them, so that they are ready, or nearly, when {@link #load} asks for them: reading
   * and linking the compiled rules takes as long as reading the scenarios and checking the
   * arguments, and the two need not wait for each other on a machine with more than one core.
   * Rules not yet compiled are left alone: a mistake in the scenarios is then reported without
   * the compile having begun.
   */
  public static void warm(Path dir) {
    Thread warm = new Thread(() -> {
      try {
        DrlSources sources = DrlSources.read(dir);
        String compiled = sources.drlSha256();
        if (RuleSetCache.has(compiled) || RuleCache.entry(compiled).filter(java.nio.file.Files::isRegularFile).isEmpty()) {
          return;
        }
        RuleSetCache.get(compiled, () -> RuleCache.load(compiled, () -> build(sources, List.of())));
      } catch (RuntimeException | Error failed) {
        // load() meets the same failure and reports it.
      }
    }, "stratsim-warm-rules");
    warm.setDaemon(true);
    warm.start();
  }

  /** Compiles every {@code .drl} file in {@code dir}; reports every problem found, not the first. */
  public static RuleSet compile(Path dir, Vocabulary vocabulary) {
    return compile(DrlSources.read(dir), vocabulary);
  }

  private static RuleSet compile(DrlSources sources, Vocabulary vocabulary) {
    Path dir = sources.dir();
    List<Problem> unknownKnobs = unknownKnobs(sources, vocabulary);
    String sha256 = sources.sha256();
    // Kept by the DRL files' content: the vocabulary (YAML) does not go into the compiled rules.
    String key = sources.drlSha256();
    RuleSetCache.Compiled compiled = RuleSetCache.get(key, () -> RuleCache.load(key, () -> build(sources, unknownKnobs)));
    if (!unknownKnobs.isEmpty()) {
      throw new InvalidInputException(unknownKnobs);
    }
    KieBase kieBase = compiled.kieBase();
    List<RuleInfo> rules = describe(sources, kieBase, vocabulary);
    List<Problem> undocumented = new ArrayList<>(rules.stream()
        .filter(r -> r.rationale().isBlank())
        .map(r -> Problem.at(r.file(), r.line(), 0,
            "rule \"" + r.name() + "\" has no @rationale; add @rationale(\"why the rule holds\")"))
        .toList());
    undocumented.addAll(outOfPhase(rules, vocabulary, sources.dir()));
    if (!undocumented.isEmpty()) {
      throw new InvalidInputException(undocumented);
    }
    return new RuleSet(compiled, vocabulary, rules, sha256, dir, sources);
  }

  /** Drools' compile of the DRL files: seconds, which the caches save. */
  private static KieBase build(DrlSources sources, List<Problem> unknownKnobs) {
    sources.checkRuleCount();
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    // The KieRepository is process-wide: a fresh ReleaseId per build keeps builds apart.
    ReleaseId release = services.newReleaseId("dev.stratsim.rules", "build-" + BUILDS.incrementAndGet(), "1.0.0");
    files.generateAndWritePomXML(release);
    // Each file goes in the folder of its package, as Drools expects.
    sources.files().forEach((name, text) -> files.write("src/main/resources/" + sources.packageOf(name).replace('.', '/')
        + "/" + name, text));
    ClassLoader classes = CompileClassLoader.current();
    KieBuilder builder = services.newKieBuilder(files, classes).buildAll();

    List<Problem> problems = new ArrayList<>(DrlProblems.of(sources, builder.getResults().getMessages(Message.Level.ERROR)));
    if (!problems.isEmpty()) {
      problems.addAll(unknownKnobs);
      throw new InvalidInputException(problems);
    }
    KieBase kieBase = services.newKieContainer(release, classes).getKieBase();
    services.getRepository().removeKieModule(release);
    return kieBase;
  }

  private static List<Problem> unknownKnobs(DrlSources sources, Vocabulary vocabulary) {
    return sources.knobReads().stream()
        .filter(read -> !vocabulary.knobs().containsKey(read.name()))
        .map(read -> Problem.at(read.file(), read.line(), 0,
            "the rules read assumption '" + read.name() + "', which has no default; declare it in "
                + sources.dir().resolve("assumptions.yaml")))
        .toList();
  }

  /** With phases declared, every rule runs in one of them: a rule outside would never fire. */
  private static List<Problem> outOfPhase(List<RuleInfo> rules, Vocabulary vocabulary, Path dir) {
    if (vocabulary.phases().isEmpty()) {
      return List.of();
    }
    List<String> names = vocabulary.phases().stream().map(PhaseDef::name).toList();
    return rules.stream().filter(r -> !names.contains(r.phase()))
        .map(r -> Problem.at(r.file(), r.line(), 0, "rule \"" + r.name() + "\" "
            + (r.phase().isEmpty() ? "names no phase" : "is in phase \"" + r.phase() + "\", which "
                + dir.resolve("phases.yaml") + " does not list")
            + "; add agenda-group \"PHASE\" with one of " + String.join(", ", names)))
        .toList();
  }

  /** Whether rules of {@code phase} turn effects into scores, index and rank, and also run at the start. */
  private static boolean aggregate(String phase, Vocabulary vocabulary) {
    return Simulator.AGGREGATE.equals(phase)
        || vocabulary.phases().stream().anyMatch(p -> p.atStart() && p.name().equals(phase));
  }

  /** Every rule the knowledge base holds, in reading order: file by file, top to bottom. */
  private static List<RuleInfo> describe(DrlSources sources, KieBase kieBase, Vocabulary vocabulary) {
    Map<String, DrlSources.RuleLocation> where = new HashMap<>();
    RuleCache.locations(sources.drlSha256(), sources.dir(), sources::ruleLocations)
        .forEach(at -> where.putIfAbsent(at.name(), at));
    List<RuleInfo> described = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        DrlSources.RuleLocation at = where.getOrDefault(rule.getName(),
            new DrlSources.RuleLocation(rule.getName(), sources.dir(), 0));
        String group = ((RuleImpl) rule).getAgendaGroup();
        String phase = group == null || group.equals("MAIN") ? metadata(rule, "phase") : group;
        described.add(new RuleInfo(rule.getName(), at.file(), at.line(),
            metadata(rule, "rationale"), metadata(rule, "source"), phase, aggregate(phase, vocabulary)));
      }
    }
    described.sort(Comparator.comparing((RuleInfo r) -> r.file().toString()).thenComparingInt(RuleInfo::line)
        .thenComparing(RuleInfo::name));
    return List.copyOf(described);
  }

  private static String metadata(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    return value == null ? "" : value.toString();
  }

  /**
   * A session from the rule set's pool; {@code dispose()} clears it and hands it back. A used
   * session keeps the node memories its network built, which a new one would build again: about
   * a seventh of a run's time.
   */
  public KieSession newSession() {
    return sessions.newKieSession();
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The rules in reading order: file by file, top to bottom. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /** Whether the named rule computes scores, index or rank (see {@link RuleInfo#aggregate()}). */
  public boolean aggregate(String ruleName) {
    return aggregateRules.contains(ruleName);
  }

  public String sha256() {
    return sha256;
  }

  /** What the compiled rules are kept by: the hash of the DRL files alone ({@link DrlSources#drlSha256}). */
  String compiledSha256() {
    return sources.drlSha256();
  }

  public Path dir() {
    return dir;
  }

  /**
   * The files a copy of the rules folder needs: its DRL files and the vocabulary's YAML files, as
   * messages name them.
   */
  public List<Path> sourceFiles() {
    List<Path> files = new ArrayList<>();
    sources.files().keySet().forEach(name -> files.add(dir.resolve(name)));
    for (String name : VocabularyLoader.FILES) {
      if (java.nio.file.Files.isRegularFile(dir.resolve(name))) {
        files.add(dir.resolve(name));
      }
    }
    return files;
  }

  /** Every literal knob name the rules read with {@code $k.num("...")}, with where. */
  public List<KnobRead> knobReads() {
    return sources.knobReads().stream().map(r -> new KnobRead(r.name(), r.file(), r.line())).toList();
  }

  /**
   * The DRL text of a rule, from its {@code rule} line to its {@code end}, or empty for a name the
   * rule set does not have; lets tools compare two versions of a rule or read its conditions.
   */
  public String ruleText(String name) {
    return sources.ruleText(name);
  }
}

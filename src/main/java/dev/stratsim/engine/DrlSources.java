package dev.stratsim.engine;

import dev.stratsim.drl.DrlTree;
import dev.stratsim.drl.KnobReads;
import dev.stratsim.drl.Tokens;
import dev.stratsim.drl.Tokens.Token;
import dev.stratsim.files.FileProblems;
import dev.stratsim.files.InputFile;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The text of a rules folder: its DRL files in name order, read once. Where its rules are declared
 * and which package each file is in are read by Drools' own DRL parser, as {@code lint} reads
 * conditions and knobs, so a rule name in single quotes, with escaped quotes, or a rule inside a
 * comment is read as Drools reads it; each file is parsed once, when first asked.
 */
final class DrlSources {
  private final Path dir;
  private final SortedMap<String, String> files;
  private final Map<String, CompletableFuture<Optional<PackageDescr>>> parsed = new ConcurrentHashMap<>();
  private volatile String drlSha256;

  DrlSources(Path dir, SortedMap<String, String> files) {
    this.dir = dir;
    this.files = files;
  }

  Path dir() {
    return dir;
  }

  SortedMap<String, String> files() {
    return files;
  }

  /** The limit of one rule file, as of a scenario file. */
  static final long MAX_FILE_BYTES = InputFile.MAX_BYTES;
  /** The limit of a rules folder's DRL files together: the stock rules are under 100 KB. */
  static final long MAX_FOLDER_BYTES = 4 * 1024 * 1024;
  /** The most rules a folder may declare: compiling takes about a second per hundred. */
  static final int MAX_RULES = 2_000;

  static DrlSources read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(Problem.inFile(dir, Files.exists(dir) ? "is not a folder; pass --rules DIR"
          : Files.isSymbolicLink(dir) ? FileProblems.missing(dir)
          : "rules folder not found" + FileProblems.orNearest(dir, "pass --rules DIR or run from the project folder")));
    }
    SortedMap<String, String> files = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    long total = 0;
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        try {
          byte[] bytes = InputFile.read(file, MAX_FILE_BYTES, "a DRL file");
          total += bytes.length;
          if (total > MAX_FOLDER_BYTES) {
            throw new InvalidInputException(Problem.inFile(dir, "the .drl files hold more than "
                + InputFile.describe(MAX_FOLDER_BYTES) + ", the limit of a rules folder; is it really a rules folder?"));
          }
          files.put(file.getFileName().toString(), StandardCharsets.UTF_8.newDecoder()
              .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
          problems.add(Problem.inFile(file, "not a UTF-8 text file; rules must be DRL text"));
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
          if (total > MAX_FOLDER_BYTES) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(Problem.inFile(dir, "cannot read rules folder: " + FileProblems.reason(e)));
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.inFile(dir, "no .drl files in the rules folder"));
    }
    InvalidInputException.throwIfAny(problems);
    return new DrlSources(dir, files);
  }

  /**
   * Refuses a folder of more than {@link #MAX_RULES} rules before it is compiled. It is checked
   * only then, so that reading a folder to fingerprint it or find its vocabulary parses nothing.
   */
  void checkRuleCount() {
    int rules = ruleLocations().size();
    if (rules > MAX_RULES) {
      throw new InvalidInputException(Problem.inFile(dir, "the .drl files declare " + rules + " rules, more than "
          + MAX_RULES + ", the limit of a rules folder; is it really a rules folder?"));
    }
  }

  Path path(String fileName) {
    return dir.resolve(fileName);
  }

  /**
   * Where each rule is declared: name to (file, line of its {@code rule} keyword), file by file,
   * as the parser reads them. A file that does not parse declares none here: it fails to compile,
   * and the compiler says where.
   */
  List<RuleLocation> ruleLocations() {
    List<RuleLocation> found = new ArrayList<>();
    files.keySet().forEach(name -> parse(name).ifPresent(pkg -> pkg.getRules()
        .forEach(rule -> found.add(new RuleLocation(rule.getName(), path(name), rule.getLine())))));
    return found;
  }

  /**
   * Every literal knob name the rules read with {@code $k.num("...")}, with where, file by file in
   * the order they stand; read from the parser's tree, or from the tokens of a file it rejects, so
   * that an undeclared knob is still named beside the parser's errors.
   */
  List<RuleLocation> knobReads() {
    List<RuleLocation> found = new ArrayList<>();
    files.forEach((name, text) -> KnobReads.in(text, parse(name))
        .forEach(read -> found.add(new RuleLocation(read.knob(), path(name), read.line()))));
    return found;
  }

  /** The package a file declares, or {@code rules} when it declares none. */
  String packageOf(String fileName) {
    Optional<PackageDescr> pkg = parse(fileName);
    if (pkg.isPresent()) {
      String name = pkg.get().getName();
      return name == null || name.isBlank() ? "rules" : name;
    }
    // A file that does not parse is compiled only for its errors; its package as written will do.
    return writtenPackage(Tokens.of(files.get(fileName)));
  }

  /** The dotted name after a {@code package} the file opens with, comments aside; else {@code rules}. */
  private static String writtenPackage(List<Token> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).is(Tokens.Kind.WORD, "package")) {
      return "rules";
    }
    StringBuilder name = new StringBuilder();
    for (int i = 1; i < tokens.size() && (tokens.get(i).kind() == Tokens.Kind.WORD || tokens.get(i).is(Tokens.Kind.SYMBOL, "."))
        && tokens.get(i).line() == tokens.get(0).line(); i++) {
      name.append(tokens.get(i).text());
    }
    return name.isEmpty() ? "rules" : name.toString();
  }

  /**
   * A rule's text from the start of its {@code rule} line to the end of its {@code end} line, as
   * the parser delimits it, or empty if there is no such rule.
   */
  String ruleText(String name) {
    for (String file : files.keySet()) {
      Optional<RuleDescr> rule = parse(file).flatMap(pkg -> pkg.getRules().stream()
          .filter(r -> name.equals(r.getName())).findFirst());
      if (rule.isPresent()) {
        String text = files.get(file);
        int start = text.lastIndexOf('\n', rule.get().getStartCharacter() - 1) + 1;
        int end = Math.min(Math.max(rule.get().getEndCharacter(), start), text.length());
        int lineEnd = text.indexOf('\n', end);
        return text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
      }
    }
    return "";
  }

  /**
   * Starts parsing every file on a thread of its own, so that the parse (most of a second for the
   * stock rules in a fresh process) overlaps reading the compiled rules back from the cache.
   */
  void parseAhead() {
    List<CompletableFuture<Optional<PackageDescr>>> ahead = new ArrayList<>();
    List<String> names = new ArrayList<>();
    files.keySet().forEach(name -> {
      CompletableFuture<Optional<PackageDescr>> future = new CompletableFuture<>();
      if (parsed.putIfAbsent(name, future) == null) {
        ahead.add(future);
        names.add(name);
      }
    });
    if (ahead.isEmpty()) {
      return;
    }
    Thread parser = new Thread(() -> {
      for (int i = 0; i < ahead.size(); i++) {
        try {
          ahead.get(i).complete(parseNow(names.get(i)));
        } catch (Throwable e) {
          ahead.get(i).complete(Optional.empty());
        }
      }
    }, "stratsim-drl-parse");
    parser.setDaemon(true);
    parser.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    parser.start();
  }

  /** The file's descriptor tree from Drools' parser, or empty when the parser reports an error. */
  private Optional<PackageDescr> parse(String fileName) {
    return parsed.computeIfAbsent(fileName, name -> CompletableFuture.completedFuture(parseNow(name))).join();
  }

  private Optional<PackageDescr> parseNow(String fileName) {
    return DrlTree.parse(files.get(fileName));
  }

  /**
   * SHA-256 over the names and contents of the folder's rule and knob files, so two versions of
   * the model can be told apart.
   */
  String sha256() {
    try (Stream<Path> list = Files.list(dir)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : list.filter(DrlSources::isModelFile).sorted().toList()) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(InputFile.read(file, MAX_FILE_BYTES, "a rules file"));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.inFile(dir, "cannot read rules folder: " + FileProblems.reason(e)));
    }
  }

  /**
   * SHA-256 over the names and texts of the DRL files alone: what a compile reads, and so what the
   * compiled rules are kept by, in this process and on disk. The vocabulary's YAML files are read
   * beside the compiled rules, never into them, so an edited knob default, metric or phase needs
   * no compile ({@link #sha256} still tells the two versions of the model apart).
   */
  String drlSha256() {
    String sha = drlSha256;
    if (sha == null) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, String> file : files.entrySet()) {
          digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
        sha = HexFormat.of().formatHex(digest.digest());
        drlSha256 = sha;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }
    return sha;
  }

  private static boolean isModelFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  record RuleLocation(String name, Path file, int line) {}
}

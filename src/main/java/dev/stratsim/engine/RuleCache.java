package dev.stratsim.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.zip.CRC32C;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * Compiled rule sets kept on disk between processes, so that only the first run after a rule edit
 * pays for the compile. An entry is named by a hash of what it was compiled from: the DRL files'
 * content (not the vocabulary's YAML files, which a compile does not read), stratsim's version and
 * build (a development build changes the classes the rules use without changing the version) and
 * the Java version. An edit therefore names another entry, and an entry is never served stale;
 * nothing is ever updated in place.
 *
 * <p>Several processes may compile the same rules at once: each writes a temporary file of its own
 * and renames it into place, so a reader sees a whole entry or none. An entry is checked against
 * the checksum it carries (CRC32C); one that does not match or does not load is compiled again, with a
 * warning, and replaced. A cache folder that cannot be written only costs the speed.
 */
public final class RuleCache {
  /** The environment variable that moves the cache; the {@code --cache-dir} option overrides it. */
  public static final String ENV = "STRATSIM_CACHE_DIR";
  /** Bumped when the entry format changes. */
  private static final String FORMAT = "stratsim compiled rules 2";
  private static final byte[] MAGIC = (FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);
  /** Entries kept; the least recently written beyond these are deleted. */
  static final int KEEP = 32;
  private static final int CHECKSUM_BYTES = Long.BYTES;

  private static volatile Path directory = defaultDirectory();
  private static volatile Consumer<String> warnings = message -> System.err.println("warning: " + message);

  private RuleCache() {}

  /** The cache folder, or empty when caching is off ({@code STRATSIM_CACHE_DIR=off}). */
  public static Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** Moves the cache for the rest of the process; {@code null} turns it off. */
  public static void useDirectory(Path dir) {
    directory = dir;
  }

  /** Where warnings about corrupt entries go (stderr unless set). */
  public static void warnTo(Consumer<String> sink) {
    warnings = sink;
  }

  /**
   * {@code STRATSIM_CACHE_DIR}, else the platform's user cache folder: {@code $XDG_CACHE_HOME} or
   * {@code ~/.cache} on Linux, {@code ~/Library/Caches} on macOS, {@code %LOCALAPPDATA%} on Windows.
   */
  static Path defaultDirectory() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return env.equals("off") ? null : Path.of(env);
    }
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) {
      return Path.of(System.getenv("LOCALAPPDATA"), "stratsim", "cache");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library/Caches/stratsim");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("stratsim");
  }

  /** The file an entry for rules of this content hash is kept in, whether or not it exists. */
  public static Optional<Path> entry(String rulesSha256) {
    return directory().map(dir -> dir.resolve("rules-" + key(rulesSha256) + ".bin"));
  }

  static String key(String rulesSha256) {
    return sha256((FORMAT + "\n" + rulesSha256 + "\n" + Build.version() + "\n" + Build.id() + "\n"
        + System.getProperty("java.specification.version")).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
  }

  /**
   * Where each rule of these rules is declared, kept beside the entry: finding it means parsing
   * every DRL file (most of a second in a fresh process), which a run from the cache would
   * otherwise pay for rule names and lines alone. Files are kept relative to the rules folder.
   */
  static List<DrlSources.RuleLocation> locations(String rulesSha256, Path rulesDir,
      Supplier<List<DrlSources.RuleLocation>> parse) {
    Optional<Path> file = locationsFile(rulesSha256);
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      try {
        List<DrlSources.RuleLocation> read = new ArrayList<>();
        for (String line : Files.readAllLines(file.get(), StandardCharsets.UTF_8)) {
          String[] fields = line.split("\t", 3);
          read.add(new DrlSources.RuleLocation(fields[2], rulesDir.resolve(fields[1]), Integer.parseInt(fields[0])));
        }
        return read;
      } catch (IOException | RuntimeException unreadable) {
        // Parsed again below and written afresh.
      }
    }
    List<DrlSources.RuleLocation> parsed = parse.get();
    file.ifPresent(f -> writeLocations(f, rulesDir, parsed));
    return parsed;
  }

  /** Whether the rule locations of these rules are kept, so that nothing needs parsing ahead. */
  static boolean hasLocations(String rulesSha256) {
    return locationsFile(rulesSha256).filter(Files::isRegularFile).isPresent();
  }

  private static Optional<Path> locationsFile(String rulesSha256) {
    return directory().map(dir -> dir.resolve("rules-" + key(rulesSha256) + ".where"));
  }

  private static void writeLocations(Path file, Path rulesDir, List<DrlSources.RuleLocation> locations) {
    if (locations.stream().anyMatch(at -> at.name().contains("\n") || at.name().contains("\r"))) {
      return;  // a name a line cannot hold is parsed again next time
    }
    StringBuilder text = new StringBuilder();
    for (DrlSources.RuleLocation at : locations) {
      text.append(at.line()).append('\t').append(rulesDir.relativize(at.file()).toString().replace('\\', '/'))
          .append('\t').append(at.name()).append('\n');
    }
    Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException unwritable) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Left for the next prune.
      }
    }
  }

  /** The knowledge base of these rules from the cache, or compiled and then kept there. */
  static KieBase load(String rulesSha256, Supplier<KieBase> compile) {
    Optional<Path> file = entry(rulesSha256);
    if (file.isEmpty()) {
      return compile.get();
    }
    Optional<KieBase> cached = read(file.get());
    if (cached.isPresent()) {
      return cached.get();
    }
    KieBase compiled = compile.get();
    write(file.get(), compiled);
    return compiled;
  }

  private static Optional<KieBase> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException missing) {
      return Optional.empty();
    } catch (IOException unreadable) {
      warnings.accept("cannot read the compiled-rule cache entry " + file + " (" + unreadable.getMessage()
          + "); compiling the rules");
      return Optional.empty();
    }
    try {
      return Optional.of(CompiledForm.read(payload(bytes)));
    } catch (Exception | LinkageError corrupt) {
      warnings.accept("the compiled-rule cache entry " + file + " is corrupt (" + corrupt.getMessage()
          + "); compiling the rules again and replacing it");
      return Optional.empty();
    }
  }

  /** The serialized base inside an entry, after checking its header and checksum. */
  private static byte[] payload(byte[] entry) throws IOException {
    int start = MAGIC.length + CHECKSUM_BYTES;
    if (entry.length < start || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IOException("not a stratsim cache entry");
    }
    byte[] payload = Arrays.copyOfRange(entry, start, entry.length);
    if (!Arrays.equals(entry, MAGIC.length, start, checksum(payload), 0, CHECKSUM_BYTES)) {
      throw new IOException("checksum mismatch");
    }
    return payload;
  }

  private static void write(Path file, KieBase compiled) {
    Path temp = null;
    try {
      byte[] payload = CompiledForm.write(compiled);
      Files.createDirectories(file.getParent());
      temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try (var out = Files.newOutputStream(temp)) {
        out.write(MAGIC);
        out.write(checksum(payload));
        out.write(payload);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      prune(file.getParent());
    } catch (IOException | RuntimeException unwritable) {
      // A read-only or full cache folder only costs the next process the compile.
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Left for the next prune.
        }
      }
    }
  }

  /** Keeps the {@link #KEEP} most recently written entries; another process may be pruning too. */
  private static void prune(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "rules-*.bin")) {
      list.forEach(entries::add);
    }
    if (entries.size() <= KEEP) {
      return;
    }
    entries.sort(Comparator.comparing(RuleCache::modified).reversed());
    for (Path old : entries.subList(KEEP, entries.size())) {
      Files.deleteIfExists(old);
      String name = old.getFileName().toString();
      Files.deleteIfExists(old.resolveSibling(name.substring(0, name.length() - ".bin".length()) + ".where"));
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  /**
   * An entry's checksum: CRC32C, which catches a torn or damaged file as well as a digest would
   * and, unlike SHA-256 on the first-tier compiler a short run uses, costs nothing next to reading
   * the entry (the entry's name, not its checksum, is what ties it to the rules' content).
   */
  private static byte[] checksum(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return java.nio.ByteBuffer.allocate(CHECKSUM_BYTES).putLong(crc.getValue()).array();
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }
}

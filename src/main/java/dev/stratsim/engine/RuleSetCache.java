package dev.stratsim.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Compiled rules by content, for the life of the process: compiling takes seconds, and a process
 * that loads the same rules again (a test suite, a diff against itself, a copy of the folder
 * elsewhere, serve and --watch after an edit is undone) gets the same knowledge base and session
 * pool. Keyed by the content hash alone, since a knowledge base does not know where its files
 * were; the rule set built on it names the folder it was loaded from. A changed file changes the
 * hash, so an edit is never served stale.
 */
final class RuleSetCache {
  private static final int CAPACITY = 8;
  private static final Map<String, Compiled> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
      return size() > CAPACITY;
    }
  };

  /**
   * Rule sets as loaded from a folder, by folder and content: a process that loads the same
   * unchanged folder again (every command of a test suite) skips reading the vocabulary and
   * describing the rules too.
   */
  private static final Map<String, RuleSet> LOADED = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
      return size() > CAPACITY;
    }
  };

  /** A knowledge base and the pool its sessions come from; one serves any number of threads. */
  record Compiled(KieBase kieBase, KieSessionsPool sessions) {
    Compiled(KieBase kieBase) {
      this(kieBase, kieBase.newKieSessionsPool(1));
    }
  }

  private RuleSetCache() {}

  /** Forgets every compiled base, as a new process would start; for tests of the disk cache. */
  static synchronized void clear() {
    CACHE.clear();
    LOADED.clear();
  }

  /** The rule set loaded from {@code dir} with this content, named as the caller names the folder; or null. */
  static synchronized RuleSet loaded(java.nio.file.Path dir, String sha256) {
    RuleSet cached = LOADED.get(dir.toAbsolutePath().normalize() + "#" + sha256);
    return cached != null && cached.dir().equals(dir) ? cached : null;
  }

  static synchronized void remember(java.nio.file.Path dir, String sha256, RuleSet loaded) {
    LOADED.put(dir.toAbsolutePath().normalize() + "#" + sha256, loaded);
  }

  static synchronized boolean has(String sha256) {
    return CACHE.containsKey(sha256);
  }

  /** Compiles at most once per content in a process; two threads asking at once wait for one compile. */
  static synchronized Compiled get(String sha256, Supplier<KieBase> compile) {
    Compiled cached = CACHE.get(sha256);
    if (cached == null) {
      cached = new Compiled(compile.get());
      CACHE.put(sha256, cached);
    }
    return cached;
  }
}

package dev.stratsim.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compiled rule sets by folder and content: compiling takes seconds, and a process that loads the
 * same unchanged folder again (a test suite, a diff against itself) gets the same knowledge base.
 * A changed file changes the content hash, so an edit is never served stale.
 */
final class RuleSetCache {
  private static final int CAPACITY = 8;
  private static final Map<String, RuleSet> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
      return size() > CAPACITY;
    }
  };

  private RuleSetCache() {}

  static synchronized RuleSet get(Path dir, String sha256, Supplier<RuleSet> compile) {
    String key = dir.toAbsolutePath().normalize() + "#" + sha256;
    RuleSet cached = CACHE.get(key);
    if (cached == null || !cached.dir().equals(dir)) {
      cached = compile.get();
      CACHE.put(key, cached);
    }
    return cached;
  }
}

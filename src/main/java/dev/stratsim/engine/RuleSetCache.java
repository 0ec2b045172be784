package dev.stratsim.engine;

import dev.stratsim.model.Vocabulary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Compiled rules by content, for the life of the process: compiling takes seconds, and a process
 * that loads the same rules again (a test suite, a diff against itself, a copy of the folder
 * elsewhere, serve and --watch after an edit is undone) gets the same knowledge base and session
 * pool. Keyed by the DRL files' content hash alone, since a knowledge base does not know where its
 * files were nor read the vocabulary's; the rule set built on it names the folder it was loaded
 * from, with that folder's vocabulary. A changed DRL file changes the hash, so an edit is never
 * served stale.
 */
final class RuleSetCache {
  private static final int CAPACITY = 8;
  /**
   * Compiles by content, each a task that one thread runs and others wait for. Guarded by itself,
   * and only while a task is looked up or added: a thread reading the scenarios must not wait for
   * another that is loading the rules, which is the point of {@link RuleSet#warm}.
   */
  private static final Map<String, FutureTask<Compiled>> CACHE = lru();

  /**
   * Rule sets as loaded from a folder, by folder and content: a process that loads the same
   * unchanged folder again (every command of a test suite) skips reading the vocabulary and
   * describing the rules too. Guarded by itself.
   */
  private static final Map<String, RuleSet> LOADED = lru();

  /**
   * Vocabularies read to check arguments and scenarios before the rules load, by folder and
   * content, so that loading the rules does not read them again. Guarded by itself.
   */
  private static final Map<String, Vocabulary> VOCABULARIES = lru();

  /** A knowledge base and the pool its sessions come from; one serves any number of threads. */
  record Compiled(KieBase kieBase, KieSessionsPool sessions) {
    Compiled(KieBase kieBase) {
      this(kieBase, kieBase.newKieSessionsPool(1));
    }
  }

  private RuleSetCache() {}

  /** A map by folder and content that forgets the least recently used beyond {@link #CAPACITY}. */
  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > CAPACITY;
      }
    };
  }

  /** Forgets every compiled base, as a new process would start; for tests of the disk cache. */
  static void clear() {
    synchronized (CACHE) {
      CACHE.clear();
    }
    synchronized (LOADED) {
      LOADED.clear();
    }
    synchronized (VOCABULARIES) {
      VOCABULARIES.clear();
    }
  }

  /** The vocabulary read from {@code dir} with this content, or null. */
  static Vocabulary vocabulary(java.nio.file.Path dir, String sha256) {
    synchronized (VOCABULARIES) {
      return VOCABULARIES.get(dir.toAbsolutePath().normalize() + "#" + sha256);
    }
  }

  static void rememberVocabulary(java.nio.file.Path dir, String sha256, Vocabulary vocabulary) {
    synchronized (VOCABULARIES) {
      VOCABULARIES.put(dir.toAbsolutePath().normalize() + "#" + sha256, vocabulary);
    }
  }

  /** The rule set loaded from {@code dir} with this content, named as the caller names the folder; or null. */
  static RuleSet loaded(java.nio.file.Path dir, String sha256) {
    synchronized (LOADED) {
      RuleSet cached = LOADED.get(dir.toAbsolutePath().normalize() + "#" + sha256);
      return cached != null && cached.dir().equals(dir) ? cached : null;
    }
  }

  static void remember(java.nio.file.Path dir, String sha256, RuleSet loaded) {
    synchronized (LOADED) {
      LOADED.put(dir.toAbsolutePath().normalize() + "#" + sha256, loaded);
    }
  }

  /** Whether these rules are compiled, or being compiled, in this process. */
  static boolean has(String sha256) {
    synchronized (CACHE) {
      return CACHE.containsKey(sha256);
    }
  }

  /**
   * Compiles at most once per content in a process; two threads asking at once wait for one
   * compile. A compile that fails is forgotten, and a thread that only waited for it compiles
   * again itself, so that each caller meets (and reports) the failure as its own.
   */
  static Compiled get(String sha256, Supplier<KieBase> compile) {
    FutureTask<Compiled> task;
    boolean mine = false;
    synchronized (CACHE) {
      task = CACHE.get(sha256);
      if (task == null) {
        task = new FutureTask<>(() -> new Compiled(compile.get()));
        CACHE.put(sha256, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    try {
      return uninterruptibly(task);
    } catch (ExecutionException failed) {
      synchronized (CACHE) {
        CACHE.remove(sha256, task);
      }
      if (!mine) {
        return get(sha256, compile);
      }
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Waits as a monitor would: an interrupt is kept for the caller, not thrown at it. */
  private static Compiled uninterruptibly(FutureTask<Compiled> task) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

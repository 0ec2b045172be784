package dev.stratsim.cli;

import dev.stratsim.engine.RuleCache;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cache-dir DIR}, for every command that compiles rules; it overrides STRATSIM_CACHE_DIR. */
final class CacheOption {
  @Option(names = "--cache-dir", paramLabel = "DIR",
      // Lines short enough that picocli never wraps them: it wraps at full stops too, and split
      // "e.g." into "e." and "g." on two lines. As for --set's examples.
      description = {"Keep compiled rules in DIR (default:",
          "$STRATSIM_CACHE_DIR, else the user cache folder,",
          "e.g. ~/.cache/stratsim; STRATSIM_CACHE_DIR=off",
          "turns the cache off)."})
  void cacheDir(Path dir) {
    RuleCache.useDirectory(dir);
  }
}

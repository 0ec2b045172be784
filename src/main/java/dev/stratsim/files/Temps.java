package dev.stratsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files of {@link OutputFiles}: {@code .NAME.DIGITS.stratsim-tmp} beside the file they
 * become. Only a run holding the folder's lock writes them, so one found by a run that holds the
 * lock was left by a run that died, and is deleted. Earlier versions' temporary files are
 * recognised too: {@code .NAME.DIGITS.tmp} of a file the manifest lists, and those of
 * {@code --samples-out} and {@code --junit}.
 */
final class Temps {
  private static final Pattern OURS = Pattern.compile("\\..+\\.[0-9]+" + Pattern.quote(OutputFiles.TEMP_SUFFIX));
  private static final Pattern EARLIER_REPORT = Pattern.compile("\\.(.+)\\.[0-9]+\\.tmp");
  private static final Pattern EARLIER_OPTION =
      Pattern.compile("\\.stratsim-samples[0-9]+\\.csv|\\.stratsim-junit[0-9]+\\.tmp|\\.\\.stratsim-manifest\\.[0-9]+\\.tmp");

  private Temps() {}

  static void deleteStale(Path dir, Manifest manifest) {
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> stale(f.getFileName().toString(), manifest))
          .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .forEach(Temps::delete);
    } catch (IOException e) {
      // Only tidying: a folder that cannot be listed fails in the write that follows.
    }
  }

  static boolean stale(String name, Manifest manifest) {
    if (OURS.matcher(name).matches() || EARLIER_OPTION.matcher(name).matches()) {
      return true;
    }
    Matcher earlier = EARLIER_REPORT.matcher(name);
    return earlier.matches() && manifest.hashes().containsKey(earlier.group(1));
  }

  static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // Best effort: the file is hidden, and the next run deletes it.
      }
    }
  }
}

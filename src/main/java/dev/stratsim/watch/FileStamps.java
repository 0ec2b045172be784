package dev.stratsim.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * When each watched file was last written and how long it is. Polling these is plain and works
 * alike on every system and file system (network and container mounts included), where the
 * platform's change notification does not; a few hundred files cost well under a millisecond.
 */
public record FileStamps(SortedMap<Path, String> stamps) {
  /** How deep a watched folder is looked into, as {@code Scenarios.find} does. */
  private static final int DEPTH = 8;

  /**
   * The regular files under each root (a file, or a folder and its subfolders), or those whose
   * name ends in one of {@code suffixes} when any are given.
   */
  public static FileStamps of(List<Path> roots, List<String> suffixes) {
    SortedMap<Path, String> stamps = new TreeMap<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root, DEPTH)) {
          files.filter(f -> suffixes.isEmpty() || suffixes.stream().anyMatch(s -> f.toString().endsWith(s)))
              .forEach(f -> stamp(f, stamps));
        } catch (IOException | java.io.UncheckedIOException gone) {
          // A folder removed while listed reads as empty; its return is a change.
        }
      } else {
        stamp(root, stamps);
      }
    }
    return new FileStamps(stamps);
  }

  private static void stamp(Path file, Map<Path, String> stamps) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isRegularFile()) {
        stamps.put(file, attributes.lastModifiedTime().toMillis() + ":" + attributes.size());
      }
    } catch (IOException missing) {
      // Not there (yet): its appearance is a change.
    }
  }

  /** The files added, removed or rewritten since {@code before}, in name order. */
  public List<Path> changedSince(FileStamps before) {
    TreeSet<Path> all = new TreeSet<>(stamps.keySet());
    all.addAll(before.stamps.keySet());
    List<Path> changed = new ArrayList<>();
    for (Path file : all) {
      if (!Objects.equals(stamps.get(file), before.stamps.get(file))) {
        changed.add(file);
      }
    }
    return changed;
  }
}

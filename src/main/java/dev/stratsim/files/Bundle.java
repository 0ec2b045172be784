package dev.stratsim.files;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Input files carried to another JVM (a Spark executor, which may be on a machine without them)
 * and laid out there once per JVM, each at its absolute path under a folder of its own: a
 * scenario's {@code extends} finds its siblings as it does here, and a message that names a file
 * there is turned back into the path this command line gave ({@link #shown}).
 */
public final class Bundle implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Where each bundle was laid out in this JVM, by content: tasks of one job share the folder. */
  private static final Map<String, Path> LAID_OUT = new ConcurrentHashMap<>();

  /** Absolute path here to the file's bytes, in the order added. */
  private final LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
  /** Absolute path here (of a file or a folder) to the path as messages here name it. */
  private final LinkedHashMap<String, String> shown = new LinkedHashMap<>();

  /** Adds a file, read within {@link InputFile#MAX_BYTES}; {@code named} as messages name it. */
  public Bundle file(Path named) {
    files.put(key(named), InputFile.read(named, InputFile.MAX_BYTES, "a file to carry"));
    shown.put(key(named), named.toString());
    return this;
  }

  /** Names a folder, so that messages naming it there name it as here. */
  public Bundle folder(Path named) {
    shown.put(key(named), named.toString());
    return this;
  }

  private static String key(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /** Where {@code named} (a path given here) is in this JVM: itself here, its copy elsewhere. */
  public Path here(Path named) {
    return under(root(), key(named));
  }

  /** An absolute path as a path under {@code root}: its own root (/, or C:\) becomes a folder. */
  private static Path under(Path root, String absolute) {
    return root.resolve(absolute.replace(":", "").replaceFirst("^[/\\\\]+", ""));
  }

  /** A message written in this JVM, with each laid-out path as the command line named it. */
  public String shown(String message) {
    String result = message;
    // Longest first, so that a file is named before the folder that holds it.
    for (String key : shown.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      result = result.replace(here(Path.of(key)).toString(), shown.get(key));
    }
    return result;
  }

  /** The folder the files are laid out under in this JVM, laid out on first use. */
  private Path root() {
    return LAID_OUT.computeIfAbsent(sha256(), sha -> layOut());
  }

  private Path layOut() {
    try {
      Path root = Files.createTempDirectory("stratsim-carried-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root), "stratsim-carried-cleanup"));
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path at = under(root, file.getKey());
        Files.createDirectories(at.getParent());
        Files.write(at, file.getValue());
      }
      for (String folder : shown.keySet()) {
        if (!files.containsKey(folder)) {
          Files.createDirectories(under(root, folder));
        }
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the carried rules and scenarios in a temporary folder", e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is no reason to fail at exit.
    }
  }

  /** What the bundle holds, paths and bytes: the same files give the same folder in one JVM. */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> named : shown.entrySet()) {
        digest.update((named.getKey() + "\0" + named.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = files.get(named.getKey());
        digest.update(bytes == null ? new byte[0] : bytes);
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

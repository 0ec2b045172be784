package dev.stratsim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code .stratsim-manifest} in a folder stratsim writes into: the files it wrote there, each with
 * the SHA-256 of what it wrote, one {@code HASH  NAME} line per file under a header line. A file
 * whose content no longer has its hash was changed by someone else. While a write is under way a
 * name is listed with its old and its new hash, so that a run killed between its renames leaves
 * every file recognised as stratsim's.
 */
record Manifest(SortedMap<String, Set<String>> hashes, State state) {
  static final String NAME = ".stratsim-manifest";
  static final String HEADER = "# stratsim report manifest: the files stratsim wrote here, with their SHA-256";

  /** What is at the manifest's path. */
  enum State {
    /** Nothing: no file has been written here yet. */
    ABSENT,
    /** A manifest stratsim wrote. */
    OURS,
    /** A file of that name that stratsim did not write. */
    FOREIGN,
    /** A folder, device or link in the way: the manifest cannot be replaced. */
    IN_THE_WAY
  }

  static Manifest read(Path dir) {
    Path file = dir.resolve(NAME);
    SortedMap<String, Set<String>> hashes = new TreeMap<>();
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Manifest(hashes, State.ABSENT);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Manifest(hashes, State.IN_THE_WAY);
    }
    String text;
    try {
      text = new String(InputFile.read(file, InputFile.MAX_BYTES, "a manifest"), StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return new Manifest(hashes, State.FOREIGN);
    }
    var lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return new Manifest(hashes, State.FOREIGN);
    }
    for (String line : lines.subList(1, lines.size())) {
      int gap = line.indexOf("  ");
      if (gap == 64) {
        hashes.computeIfAbsent(line.substring(gap + 2), n -> new TreeSet<>()).add(line.substring(0, gap));
      }
    }
    return new Manifest(hashes, State.OURS);
  }

  boolean ours() {
    return state == State.ABSENT || state == State.OURS;
  }

  /** Whether stratsim wrote the file and nobody changed it since. */
  boolean wrote(Path file) {
    Set<String> listed = hashes.get(file.getFileName().toString());
    if (listed == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      return listed.contains(sha256(file));
    } catch (IOException e) {
      return false;
    }
  }

  /** This manifest with each name listed under the hashes given (replacing what it had). */
  Manifest with(SortedMap<String, Set<String>> changes) {
    SortedMap<String, Set<String>> merged = new TreeMap<>(hashes);
    merged.putAll(changes);
    return new Manifest(merged, State.OURS);
  }

  byte[] text() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    hashes.forEach((name, all) -> all.forEach(hash -> out.append(hash).append("  ").append(name).append('\n')));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] content) {
    MessageDigest digest = digest();
    return HexFormat.of().formatHex(digest.digest(content));
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}

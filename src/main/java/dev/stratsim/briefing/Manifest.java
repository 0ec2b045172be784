package dev.stratsim.briefing;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code .stratsim-manifest} in a report folder: the files stratsim wrote there, each with the
 * SHA-256 of what it wrote, one {@code HASH  NAME} line per file under a header line. A file
 * whose content no longer has its hash was changed by someone else.
 *
 * @param ours false when a file of that name exists but is not a stratsim manifest
 */
record Manifest(SortedMap<String, String> hashes, boolean ours) {
  static final String NAME = ".stratsim-manifest";
  static final String HEADER = "# stratsim report manifest: the files stratsim wrote here, with their SHA-256";

  static Manifest read(Path dir) {
    Path file = dir.resolve(NAME);
    SortedMap<String, String> hashes = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return new Manifest(hashes, !Files.exists(file));
    }
    try {
      var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
        return new Manifest(hashes, false);
      }
      for (String line : lines.subList(1, lines.size())) {
        int gap = line.indexOf("  ");
        if (gap == 64) {
          hashes.put(line.substring(gap + 2), line.substring(0, gap));
        }
      }
      return new Manifest(hashes, true);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.inFile(file, "cannot read: " + e.getMessage()));
    }
  }

  /** Whether stratsim wrote the file and nobody changed it since. */
  boolean wrote(Path file) {
    String hash = hashes.get(file.getFileName().toString());
    try {
      return hash != null && hash.equals(sha256(Files.readAllBytes(file)));
    } catch (IOException e) {
      return false;
    }
  }

  static byte[] text(SortedMap<String, String> hashes) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    hashes.forEach((name, hash) -> out.append(hash).append("  ").append(name).append('\n'));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}

package dev.stratsim.analysis.diff;

import dev.stratsim.files.InputFile;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Copies a rules folder as of a git revision into a folder of its own, without touching the work
 * tree or the index: {@code git archive} writes the folder's files at that revision as a zip.
 */
final class GitRules {
  private GitRules() {}

  /**
   * @param rulesDir the current rules folder; the same path inside the repository is read at
   *     {@code ref}
   * @return how the folder is named to the user, e.g. {@code main:rules}
   */
  static Path extract(String ref, Path rulesDir, Path into) {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new InvalidInputException(Problem.general("--base-ref '" + ref + "' is not a git revision;"
          + " give a branch, tag or commit, e.g. --base-ref origin/main"));
    }
    Path start = Files.isDirectory(rulesDir) ? rulesDir : Path.of(".");
    Git.Result top = new Git(start).run("rev-parse", "--show-toplevel");
    if (top.exitCode() != 0) {
      throw new InvalidInputException(Problem.inFile(rulesDir, "--base-ref needs a git repository, but this folder"
          + " is not in one (" + top.firstErrorLine() + "); compare with --base-rules DIR instead"));
    }
    Path root = realPath(Path.of(top.text()));
    String inRepo = root.relativize(realPath(rulesDir.toAbsolutePath())).toString().replace('\\', '/');
    Git git = new Git(root);
    Git.Result commit = git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.exitCode() != 0) {
      throw new InvalidInputException(Problem.general("--base-ref '" + ref + "' names no commit in " + root
          + "; give a branch, tag or commit that exists here (in CI, fetch the target branch first,"
          + " e.g. git fetch origin main)"));
    }
    Git.Result archive = git.run("archive", "--format=zip", commit.text(), "--", inRepo.isEmpty() ? "." : inRepo);
    if (archive.exitCode() != 0) {
      throw new InvalidInputException(Problem.general("--base-ref '" + ref + "' has no folder '" + inRepo
          + "' (" + archive.firstErrorLine() + "); compare with --base-rules DIR instead"));
    }
    unzip(archive.out(), inRepo, into);
    return Path.of(ref + ":" + (inRepo.isEmpty() ? "." : inRepo));
  }

  /** What the base revision's rules folder may hold in all, unpacked: a guard against a zip bomb. */
  static final long MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

  /**
   * Only the files directly in the rules folder, which is all a rule set reads, each unpacked up
   * to one byte past the limit of an input file (the rule set then refuses it by name).
   */
  private static void unzip(byte[] zip, String folder, Path into) {
    String prefix = folder.isEmpty() ? "" : folder + "/";
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (entry.isDirectory() || !name.startsWith(prefix)) {
          continue;
        }
        String file = name.substring(prefix.length());
        if (file.isEmpty() || file.contains("/") || file.equals("..") || file.equals(".")) {
          continue;
        }
        byte[] bytes = in.readNBytes((int) InputFile.MAX_BYTES + 1);
        total += bytes.length;
        if (total > MAX_UNPACKED_BYTES) {
          throw new InvalidInputException(Problem.general("the base revision's rules folder holds more than "
              + InputFile.describe(MAX_UNPACKED_BYTES) + "; is it really a rules folder?"));
        }
        Files.write(into.resolve(file), bytes);
      }
    } catch (IOException e) {
      throw new InvalidInputException(Problem.general("cannot unpack the rules of the base revision: " + e.getMessage()));
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}

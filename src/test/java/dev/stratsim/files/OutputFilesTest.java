package dev.stratsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overwrite guard, atomic writes, folder lock and clean-up of every file stratsim writes. */
class OutputFilesTest {
  @TempDir Path dir;

  private static Map<String, OutputFiles.Content> files(String... nameAndText) {
    Map<String, OutputFiles.Content> files = new LinkedHashMap<>();
    for (int i = 0; i < nameAndText.length; i += 2) {
      files.put(nameAndText[i], OutputFiles.bytes(nameAndText[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    return files;
  }

  private static String sha(String text) {
    return Manifest.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheFilesAndAManifestOfThem() throws IOException {
    List<Path> written = OutputFiles.writeFolder(dir.resolve("new/out"), files("report.md", "# one\n"), false);

    assertThat(written).containsExactly(dir.resolve("new/out/report.md"));
    assertThat(Files.readString(dir.resolve("new/out/report.md"))).isEqualTo("# one\n");
    assertThat(Files.readString(dir.resolve("new/out/.stratsim-manifest")))
        .isEqualTo(Manifest.HEADER + "\n" + sha("# one\n") + "  report.md\n");
  }

  @Test
  void replacesItsOwnFilesAndKeepsTheOthersItWroteListed() throws IOException {
    OutputFiles.writeFolder(dir, files("report.md", "one", "report.json", "{}"), false);

    OutputFiles.writeFolder(dir, files("report.md", "two"), false);

    assertThat(read("report.md")).isEqualTo("two");
    assertThat(read(".stratsim-manifest")).contains("  report.json\n").contains("  report.md\n");
    OutputFiles.writeFolder(dir, files("report.json", "[]"), false);
    assertThat(read("report.json")).isEqualTo("[]");
    assertThat(listing()).containsExactly(".stratsim-manifest", "report.json", "report.md");
  }

  @Test
  void neverOverwritesAFileItDidNotWriteAndWritesNothingThen() throws IOException {
    Files.writeString(dir.resolve("report.md"), "my notes");

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.html", "<html>", "report.md", "# report"), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("report.md: exists and was not written by stratsim")
        .hasMessageContaining("pass --force");
    assertThatThrownBy(() -> OutputFiles.checkFolder(dir, List.of("report.html", "report.md"), false))
        .hasMessageContaining("report.md: exists and was not written by stratsim");
    assertThat(read("report.md")).isEqualTo("my notes");
    assertThat(listing()).containsExactly("report.md");
  }

  @Test
  void neverOverwritesAFileEditedSinceItWroteIt() throws IOException {
    OutputFiles.writeFolder(dir, files("report.md", "# report"), false);
    Files.writeString(dir.resolve("report.md"), "# report, with my edits");

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.md", "# new report"), false))
        .hasMessageContaining("was changed since");
    assertThat(read("report.md")).isEqualTo("# report, with my edits");
  }

  @Test
  void forceOverwritesFilesItDidNotWrite() throws IOException {
    Files.writeString(dir.resolve("report.md"), "my notes");
    Files.writeString(dir.resolve(".stratsim-manifest"), "not a manifest");

    OutputFiles.writeFolder(dir, files("report.md", "# report"), true);

    assertThat(read("report.md")).isEqualTo("# report");
    assertThat(read(".stratsim-manifest")).startsWith(Manifest.HEADER);
  }

  @Test
  void aForeignFileNamedLikeTheManifestIsNotTrusted() throws IOException {
    Files.writeString(dir.resolve(".stratsim-manifest"), "0".repeat(64) + "  report.md\n");
    Files.writeString(dir.resolve("report.md"), "my notes");

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.md", "# report"), false))
        .hasMessageContaining(".stratsim-manifest: was not written by stratsim");
  }

  @Test
  void aManifestThatIsAFolderStopsTheWriteBeforeAnyFileEvenWithForce() throws IOException {
    Files.createDirectory(dir.resolve(".stratsim-manifest"));

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.html", "<html>", "report.md", "# r"), true))
        .hasMessageContaining(".stratsim-manifest: is not a file");
    assertThat(listing()).containsExactly(".stratsim-manifest");
  }

  @Test
  void aFolderInTheWayOrAnOutThatIsAFileIsReported() throws IOException {
    Files.createDirectory(dir.resolve("report.md"));
    Path file = Files.writeString(dir.resolve("plain"), "x");

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.md", "x"), true)).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> OutputFiles.writeFolder(file, files("report.md", "x"), true))
        .hasMessageContaining("plain: is a file, not a folder");
  }

  @Test
  void aDanglingLinkForTheFolderSaysWhereItPoints() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("out"), dir.resolve("nowhere"));

    assertThatThrownBy(() -> OutputFiles.writeFolder(link, files("report.md", "x"), false))
        .hasMessage(link + ": is a symbolic link to " + dir.resolve("nowhere") + ", which does not exist;"
            + " fix the link or give another path");
  }

  @Test
  void eachFileIsWrittenWholeToATemporaryFileBesideItAndThenRenamed() throws IOException {
    OutputFiles.writeFolder(dir, files("report.md", "old"), false);
    List<String> seen = new ArrayList<>();

    OutputFiles.writeFolder(dir, files("report.md", "new and complete"), false, (temporary, target) -> {
      if (target.getFileName().toString().equals("report.md")) {
        // At the moment of the rename the target still has its old content and the new one is whole.
        seen.add(temporary.getParent().equals(target.getParent()) + " " + Files.readString(temporary) + " / "
            + Files.readString(target));
      }
      OutputFiles.ATOMIC.move(temporary, target);
    }, OutputFiles.PATIENCE, false);

    assertThat(seen).containsExactly("true new and complete / old");
    assertThat(read("report.md")).isEqualTo("new and complete");
    assertThat(listing()).containsExactly(".stratsim-manifest", "report.md");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    OutputFiles.writeFolder(dir, files("report.md", "old"), false);

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.md", "new"), false, (temporary, target) -> {
      throw new IOException("disk full");
    }, OutputFiles.PATIENCE, false)).isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot write: disk full");

    assertThat(read("report.md")).isEqualTo("old");
    assertThat(listing()).containsExactly(".stratsim-manifest", "report.md");
  }

  @Test
  void whileFilesAreRenamedTheManifestKnowsBothTheirOldAndNewContent() throws IOException {
    OutputFiles.writeFolder(dir, files("report.html", "old html", "report.md", "old md"), false);
    List<String> manifests = new ArrayList<>();

    OutputFiles.writeFolder(dir, files("report.html", "new html", "report.md", "new md"), false, (temporary, target) -> {
      if (target.getFileName().toString().equals("report.html")) {
        manifests.add(Files.readString(dir.resolve(".stratsim-manifest")));
      }
      OutputFiles.ATOMIC.move(temporary, target);
    }, OutputFiles.PATIENCE, false);

    // Killed at that moment, the next run would find each file with one of the hashes listed.
    assertThat(manifests.get(0)).contains(sha("old html") + "  report.html", sha("new html") + "  report.html",
        sha("old md") + "  report.md", sha("new md") + "  report.md");
    assertThat(read(".stratsim-manifest")).doesNotContain(sha("old html")).doesNotContain(sha("old md"));
  }

  @Test
  void aRunKilledBetweenItsRenamesLeavesAFolderTheNextRunWritesWithoutForce() throws IOException {
    // What kill -9 leaves between the renames: the manifest lists old and new content, one file is
    // renamed, the other's temporary file is still there; earlier versions' temporary files too.
    Files.writeString(dir.resolve(".stratsim-manifest"), Manifest.HEADER + "\n"
        + sha("new html") + "  report.html\n" + sha("old html") + "  report.html\n"
        + sha("new md") + "  report.md\n" + sha("old md") + "  report.md\n");
    Files.writeString(dir.resolve("report.html"), "new html");
    Files.writeString(dir.resolve("report.md"), "old md");
    Files.writeString(dir.resolve(".report.md.12345.stratsim-tmp"), "new md");
    Files.writeString(dir.resolve(".report.md.6789.tmp"), "half a file");
    Files.writeString(dir.resolve("..stratsim-manifest.4242.tmp"), "half a manifest");
    Files.writeString(dir.resolve(".notes.1.tmp"), "someone else's");

    OutputFiles.writeFolder(dir, files("report.html", "html 2", "report.md", "md 2"), false);

    assertThat(read("report.md")).isEqualTo("md 2");
    assertThat(listing()).containsExactly(".notes.1.tmp", ".stratsim-manifest", "report.html", "report.md");
  }

  @Test
  void twoRunsIntoOneFolderTakeTurnsAndTheSecondWaitsOrRefuses() throws Exception {
    OutputFiles.writeFolder(dir, files("report.html", "html 0", "report.md", "md 0"), false);
    CountDownLatch renaming = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    CompletableFuture<List<Path>> first = CompletableFuture.supplyAsync(() ->
        OutputFiles.writeFolder(dir, files("report.html", "html 1", "report.md", "md 1"), false, (temporary, target) -> {
          if (target.getFileName().toString().equals("report.html")) {
            renaming.countDown();
            try {
              goOn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          OutputFiles.ATOMIC.move(temporary, target);
        }, OutputFiles.PATIENCE, false));
    assertThat(renaming.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> OutputFiles.writeFolder(dir, files("report.html", "html 2", "report.md", "md 2"), false,
        OutputFiles.ATOMIC, Duration.ofMillis(100), false))
        .hasMessageContaining("another stratsim run")
        .hasMessageContaining("is writing into this folder");
    goOn.countDown();
    first.get(10, TimeUnit.SECONDS);

    assertThat(read("report.html") + " / " + read("report.md")).isEqualTo("html 1 / md 1");
    OutputFiles.writeFolder(dir, files("report.html", "html 2", "report.md", "md 2"), false);
    assertThat(read("report.html") + " / " + read("report.md")).isEqualTo("html 2 / md 2");
    assertThat(listing()).containsExactly(".stratsim-manifest", "report.html", "report.md");
  }

  @Test
  void aSingleFileIsGuardedTheSameWay() throws IOException {
    Path scenario = Files.writeString(dir.resolve("scenario.yaml"), "title: mine\n");
    Path csv = dir.resolve("sub/samples.csv");

    assertThatThrownBy(() -> OutputFiles.check(scenario, false))
        .hasMessage(scenario + ": exists and was not written by stratsim, or was changed since; move it away"
            + " or pass --force to overwrite it");
    assertThatThrownBy(() -> OutputFiles.write(scenario, false, OutputFiles.text(out -> out.print("a,b"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(Files.readString(scenario)).isEqualTo("title: mine\n");

    OutputFiles.write(csv, false, OutputFiles.text(out -> out.print("a,b\n")));
    OutputFiles.check(csv, false);
    OutputFiles.write(csv, false, OutputFiles.text(out -> out.print("a,b\n1,2\n")));
    assertThat(Files.readString(csv)).isEqualTo("a,b\n1,2\n");
    OutputFiles.write(scenario, true, OutputFiles.text(out -> out.print("forced")));
    assertThat(Files.readString(scenario)).isEqualTo("forced");
  }

  @Test
  void aFileIsNamedAsGivenEvenInTheCurrentFolder() {
    OutputFiles.check(Path.of("no-such-output.csv"), false);

    assertThatThrownBy(() -> OutputFiles.check(Path.of("pom.xml"), false))
        .hasMessage("pom.xml: exists and was not written by stratsim, or was changed since; move it away or pass"
            + " --force to overwrite it");
    assertThatThrownBy(() -> OutputFiles.check(Path.of(".."), true)).hasMessage("..: names no file; name a file to write");
  }

  @Test
  void aDeviceIsNeverReplacedEvenWithForce() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "needs /dev/null");

    assertThatThrownBy(() -> OutputFiles.check(Path.of("/dev/null"), true))
        .hasMessage("/dev/null: is not a regular file (a device, pipe or socket), which stratsim never replaces;"
            + " name a file");
  }

  @Test
  void aLinkOrStratsimsOwnFilesAreNotWrittenThrough() throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.txt"), "mine");
    Path link = Files.createSymbolicLink(dir.resolve("out.csv"), mine);

    assertThatThrownBy(() -> OutputFiles.check(link, false)).hasMessageContaining("is a symbolic link");
    assertThatThrownBy(() -> OutputFiles.check(dir.resolve(".stratsim-manifest"), true))
        .hasMessageContaining("is a name stratsim keeps for itself");
    OutputFiles.write(link, true, OutputFiles.text(out -> out.print("new")));
    assertThat(Files.readString(mine)).isEqualTo("mine");
    assertThat(Files.isSymbolicLink(link)).isFalse();
  }
}

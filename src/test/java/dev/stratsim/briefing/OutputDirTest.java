package dev.stratsim.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overwrite guard and atomic writes of a report folder. */
class OutputDirTest {
  @TempDir Path dir;

  private static Map<String, byte[]> files(String... nameAndText) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < nameAndText.length; i += 2) {
      files.put(nameAndText[i], nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
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
    List<Path> written = OutputDir.write(dir.resolve("new/out"), files("report.md", "# one\n"), false);

    assertThat(written).containsExactly(dir.resolve("new/out/report.md"));
    assertThat(Files.readString(dir.resolve("new/out/report.md"))).isEqualTo("# one\n");
    assertThat(Files.readString(dir.resolve("new/out/.stratsim-manifest")))
        .isEqualTo(Manifest.HEADER + "\n" + Manifest.sha256("# one\n".getBytes(StandardCharsets.UTF_8)) + "  report.md\n");
  }

  @Test
  void replacesItsOwnFilesAndKeepsTheOthersItWroteListed() throws IOException {
    OutputDir.write(dir, files("report.md", "one", "report.json", "{}"), false);

    OutputDir.write(dir, files("report.md", "two"), false);

    assertThat(read("report.md")).isEqualTo("two");
    assertThat(read(".stratsim-manifest")).contains("  report.json\n").contains("  report.md\n");
    OutputDir.write(dir, files("report.json", "[]"), false);
    assertThat(read("report.json")).isEqualTo("[]");
  }

  @Test
  void neverOverwritesAFileItDidNotWriteAndWritesNothingThen() throws IOException {
    Files.writeString(dir.resolve("report.md"), "my notes");

    assertThatThrownBy(() -> OutputDir.write(dir, files("report.html", "<html>", "report.md", "# report"), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("report.md: exists and was not written by stratsim")
        .hasMessageContaining("pass --force");
    assertThat(read("report.md")).isEqualTo("my notes");
    assertThat(listing()).containsExactly("report.md");
  }

  @Test
  void neverOverwritesAFileEditedSinceItWroteIt() throws IOException {
    OutputDir.write(dir, files("report.md", "# report"), false);
    Files.writeString(dir.resolve("report.md"), "# report, with my edits");

    assertThatThrownBy(() -> OutputDir.write(dir, files("report.md", "# new report"), false))
        .hasMessageContaining("was changed since");
    assertThat(read("report.md")).isEqualTo("# report, with my edits");
  }

  @Test
  void forceOverwritesFilesItDidNotWrite() throws IOException {
    Files.writeString(dir.resolve("report.md"), "my notes");
    Files.writeString(dir.resolve(".stratsim-manifest"), "not a manifest");

    OutputDir.write(dir, files("report.md", "# report"), true);

    assertThat(read("report.md")).isEqualTo("# report");
    assertThat(read(".stratsim-manifest")).startsWith(Manifest.HEADER);
  }

  @Test
  void aForeignFileNamedLikeTheManifestIsNotTrusted() throws IOException {
    Files.writeString(dir.resolve(".stratsim-manifest"), "0".repeat(64) + "  report.md\n");
    Files.writeString(dir.resolve("report.md"), "my notes");

    assertThatThrownBy(() -> OutputDir.write(dir, files("report.md", "# report"), false))
        .hasMessageContaining(".stratsim-manifest: was not written by stratsim");
  }

  @Test
  void aFolderInTheWayOrAnOutThatIsAFileIsReported() throws IOException {
    Files.createDirectory(dir.resolve("report.md"));
    Path file = Files.writeString(dir.resolve("plain"), "x");

    assertThatThrownBy(() -> OutputDir.write(dir, files("report.md", "x"), true)).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> OutputDir.write(file, files("report.md", "x"), true))
        .hasMessageContaining("--out names a file");
  }

  @Test
  void eachFileIsWrittenWholeToATemporaryFileBesideItAndThenRenamed() throws IOException {
    OutputDir.write(dir, files("report.md", "old"), false);
    List<String> seen = new ArrayList<>();

    OutputDir.write(dir, files("report.md", "new and complete"), false, (temporary, target) -> {
      // At the moment of the rename the target still has its old content and the new one is whole.
      seen.add(temporary.getParent().equals(target.getParent()) + " " + Files.readString(temporary) + " / "
          + (target.getFileName().toString().equals("report.md") ? Files.readString(target) : "manifest"));
      OutputDir.ATOMIC.move(temporary, target);
    });

    assertThat(seen).first().isEqualTo("true new and complete / old");
    assertThat(read("report.md")).isEqualTo("new and complete");
    assertThat(listing()).containsExactly(".stratsim-manifest", "report.md");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    OutputDir.write(dir, files("report.md", "old"), false);

    assertThatThrownBy(() -> OutputDir.write(dir, files("report.md", "new"), false, (temporary, target) -> {
      throw new IOException("disk full");
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot write: IOException disk full");

    assertThat(read("report.md")).isEqualTo("old");
    assertThat(listing()).containsExactly(".stratsim-manifest", "report.md");
  }
}

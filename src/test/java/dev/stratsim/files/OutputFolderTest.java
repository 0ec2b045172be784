package dev.stratsim.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratsim.problem.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of part files written whole, renamed into place, never over a folder stratsim did not write. */
class OutputFolderTest {
  @TempDir Path dir;

  private static Consumer<Path> parts(String... nameAndText) {
    return folder -> {
      try {
        for (int i = 0; i < nameAndText.length; i += 2) {
          Files.writeString(folder.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheFilesAndAManifestListingEachAndNothingElse() throws IOException {
    Path out = dir.resolve("new/samples");

    OutputFolder.write(out, false, parts("part-0.csv", "a\r\n", "_SUCCESS", ""));

    assertThat(listing(out)).containsExactly(".stratsim-manifest", "_SUCCESS", "part-0.csv");
    assertThat(Files.readString(out.resolve(".stratsim-manifest"))).isEqualTo(Manifest.HEADER + "\n"
        + Manifest.sha256(new byte[0]) + "  _SUCCESS\n" + Manifest.sha256("a\r\n".getBytes()) + "  part-0.csv\n");
    assertThat(listing(dir.resolve("new"))).containsExactly("samples");
  }

  @Test
  void replacesItsOwnFolderWhole() throws IOException {
    Path out = dir.resolve("samples");
    OutputFolder.write(out, false, parts("part-0.csv", "old", "part-1.csv", "old"));

    OutputFolder.write(out, false, parts("part-0.csv", "new"));

    assertThat(listing(out)).containsExactly(".stratsim-manifest", "part-0.csv");
    assertThat(out.resolve("part-0.csv")).hasContent("new");
    assertThat(listing(dir)).containsExactly("samples");
  }

  @Test
  void aFolderWithAnythingStratsimDidNotWriteIsReplacedOnlyWithForce() throws IOException {
    Path out = dir.resolve("samples");
    OutputFolder.write(out, false, parts("part-0.csv", "old"));
    Files.writeString(out.resolve("part-0.csv"), "edited");

    assertThatThrownBy(() -> OutputFolder.write(out, false, parts("part-0.csv", "new")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is a folder stratsim did not write, or its files changed since");
    assertThat(out.resolve("part-0.csv")).hasContent("edited");

    OutputFolder.write(out, true, parts("part-0.csv", "new"));
    assertThat(out.resolve("part-0.csv")).hasContent("new");
  }

  @Test
  void aFailedFillLeavesTheOldFolderAndNoTemporaryOne() throws IOException {
    Path out = dir.resolve("samples");
    OutputFolder.write(out, false, parts("part-0.csv", "old"));

    assertThatThrownBy(() -> OutputFolder.write(out, false, folder -> {
      parts("part-0.csv", "half").accept(folder);
      throw new IllegalStateException("the job failed");
    })).hasMessage("the job failed");

    assertThat(out.resolve("part-0.csv")).hasContent("old");
    assertThat(listing(dir)).containsExactly("samples");
  }

  @Test
  void aFileOrAFolderHoldingAnInputIsNeverReplaced() throws IOException {
    Path file = Files.writeString(dir.resolve("samples.csv"), "mine");
    assertThatThrownBy(() -> OutputFolder.check(file, true, List.of()))
        .hasMessageContaining("is a file, not a folder");

    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Path scenario = Files.writeString(scenarios.resolve("world.yaml"), "x");
    assertThatThrownBy(() -> OutputFolder.check(scenarios, true, List.of(scenario)))
        .hasMessage(scenarios + ": holds " + scenario + ", which replacing the folder would delete; name another"
            + " folder");
    assertThatThrownBy(() -> OutputFolder.check(Path.of("").toAbsolutePath().getParent(), true, List.of()))
        .hasMessageContaining("holds the working folder");
    assertThat(scenario).hasContent("x");
  }
}

package dev.stratsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("doc.yaml"), text);
  }

  @Test
  void recordsWhereEachValueAndKeyIsWritten() throws IOException {
    Path file = write("""
        deals:
          - id: x
            stake: 0.49
        actors:
          meta: { name: Meta, data: 62 }
        """);
    YamlDocument doc = YamlReader.read(file);

    assertThat(doc.root().at("/deals/0/stake").doubleValue()).isEqualTo(0.49);
    assertThat(doc.values().get("deals[0].stake")).isEqualTo(Location.at(file, 3, 12));
    assertThat(doc.keys().get("deals[0].stake")).isEqualTo(Location.at(file, 3, 5));
    assertThat(doc.values().get("deals[0]")).isEqualTo(Location.at(file, 2, 5));
    assertThat(doc.values().get("actors.meta.data")).isEqualTo(Location.at(file, 5, 29));
    assertThat(doc.keys().get("actors.meta.data")).isEqualTo(Location.at(file, 5, 23));
    assertThat(doc.values().get("")).isEqualTo(Location.at(file, 1, 1));
  }

  @Test
  void readsScalarsTheWayTheyLook() throws IOException {
    JsonNode root = YamlReader.read(write("""
        exp: 70e9
        dotted: 1.38e10
        yes_is_text: yes
        bool: true
        leading_zero: 012
        infinite: .inf
        empty:
        quoted_empty: ""
        hex: 0x1F
        """)).root();

    assertThat(root.get("exp").doubleValue()).isEqualTo(70e9);
    assertThat(root.get("dotted").doubleValue()).isEqualTo(1.38e10);
    assertThat(root.get("yes_is_text").textValue()).isEqualTo("yes");
    assertThat(root.get("bool").booleanValue()).isTrue();
    assertThat(root.get("leading_zero").intValue()).isEqualTo(12);
    assertThat(root.get("infinite").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(root.get("empty").isNull()).isTrue();
    assertThat(root.get("quoted_empty").isNull()).isTrue();
    assertThat(root.get("hex").textValue()).isEqualTo("0x1F");
  }

  @Test
  void expandsAliasesAndLocatesThemWhereTheyAreUsed() throws IOException {
    Path file = write("""
        base: &s [a, b]
        use: *s
        n: &n 3
        m: *n
        """);
    YamlDocument doc = YamlReader.read(file);

    assertThat(doc.root().get("use")).isEqualTo(doc.root().get("base"));
    assertThat(doc.values().get("use[1]")).isEqualTo(Location.at(file, 2, 6));
    // An anchor on a plain value is kept like one on a map or list.
    assertThat(doc.root().get("m").intValue()).isEqualTo(3);
  }

  @Test
  void readsAOneLineValueLocatedAtItsOrigin() {
    YamlDocument doc = YamlReader.readValue("{start: 2025, end: 2030}", "--set period=x");

    assertThat(doc.root().get("end").intValue()).isEqualTo(2030);
    assertThat(doc.values().get("end")).isEqualTo(Location.of("--set period=x"));
    assertThat(YamlReader.readValue("", "--set title=").root().isNull()).isTrue();
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    for (String text : new String[] {"", "  \n", "# only a comment\n"}) {
      Path file = write(text);
      assertThatThrownBy(() -> YamlReader.read(file))
          .isInstanceOfSatisfying(InvalidInputException.class, e ->
              assertThat(e.problems()).containsExactly(Problem.inFile(file,
                  "file is empty or only has comments; write YAML 'key: value' lines")));
    }
  }

  @Test
  void refusesABinaryFile() throws IOException {
    Path file = Files.write(dir.resolve("doc.yaml"), new byte[] {'a', ':', ' ', 0, 1, 2});
    assertProblem(file, Problem.inFile(file,
        "file looks binary (NUL byte at offset 3); give a UTF-8 YAML file"));
  }

  @Test
  void refusesInvalidUtf8() throws IOException {
    Path file = Files.write(dir.resolve("doc.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, '('});
    assertProblem(file, Problem.inFile(file,
        "file is not valid UTF-8 text (bad byte at offset 3); save it as UTF-8"));
  }

  @Test
  void refusesAFileOverOneMegabyteBeforeParsing() throws IOException {
    // Deliberately not valid YAML: the size check must come first.
    byte[] big = "[".repeat(1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("doc.yaml"), big);
    assertProblem(file, Problem.inFile(file,
        "file is too large (1048577 bytes); the limit is 1 MB (1048576 bytes)"));
  }

  @Test
  void neverReadsADeviceOrADirectory() {
    Path device = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(device));
    assertProblem(device, Problem.inFile(device, "is not a regular file; give a YAML file"));
    assertProblem(dir, Problem.inFile(dir, "is a directory; give a YAML file"));
  }

  @Test
  void reportsAMissingFile() {
    Path file = dir.resolve("nope.yaml");
    assertProblem(file, Problem.inFile(file, "file not found; check the path"));
  }

  private static void assertProblem(Path file, Problem expected) {
    assertThatThrownBy(() -> YamlReader.read(file))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).containsExactly(expected));
  }
}

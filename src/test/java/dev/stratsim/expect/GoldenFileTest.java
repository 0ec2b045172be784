package dev.stratsim.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.golden.Golden;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files, in the spirit of google-java-format's tests: each {@code expect/NAME.input} holds
 * one expression, and {@code NAME.output} what parsing it gives (canonical source, kind and tree,
 * or the error with a caret under its column). Adding a case is adding two files.
 *
 * <p>To write the outputs after an intended change, run {@code mvn test
 * -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {
  private static final Path SOURCES = Paths.get("src/test/resources/expect");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(directory())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".input"))
          .map(n -> n.substring(0, n.length() - ".input".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAsRecorded(String name) throws IOException {
    String input = read(directory().resolve(name + ".input"));
    // Editors add a final newline; the expression is what comes before it.
    String source = input.endsWith("\n") ? input.substring(0, input.length() - 1) : input;
    String actual = render(source);
    if (Golden.updating("expect.golden.update")) {
      Files.writeString(SOURCES.resolve(name + ".output"), actual, StandardCharsets.UTF_8);
      return;
    }
    Path output = directory().resolve(name + ".output");
    assertThat(Files.exists(output)).as("%s.output exists", name).isTrue();
    assertThat(actual).isEqualTo(read(output));
  }

  @Test
  void everyOutputHasItsInput() throws IOException {
    try (Stream<Path> files = Files.list(directory())) {
      List<String> orphans = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".output"))
          .filter(n -> !Files.exists(directory().resolve(n.replace(".output", ".input"))))
          .toList();
      assertThat(orphans).isEmpty();
    }
  }

  static String render(String source) {
    try {
      Expr expr = ExpressionParser.parse(source);
      return "canonical: " + expr + "\nkind: " + expr.kind().name().toLowerCase() + "\ntree:\n"
          + Trees.indented(expr).indent(2);
    } catch (ExpressionException e) {
      return "error: " + e.getMessage() + "\n  " + source + "\n  " + " ".repeat(e.column() - 1)
          + "^\n";
    }
  }

  private static Path directory() {
    try {
      return Paths.get(GoldenFileTest.class.getResource("/expect").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}

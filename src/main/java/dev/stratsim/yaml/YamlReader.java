package dev.stratsim.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** Reads YAML into a plain tree with locations; failures are {@link InvalidInputException}s. */
public final class YamlReader {
  private YamlReader() {}

  /** Reads a file of at most 1 MB of UTF-8 text holding exactly one YAML document. */
  public static YamlDocument read(Path file) {
    String text = FileText.read(file);
    YamlDocument doc =
        parse(text, file, (line, column) -> Location.at(file, line, column), "the file");
    if (doc.root() == null) {
      throw new InvalidInputException(Problem.inFile(file,
          "file is empty or only has comments; write YAML 'key: value' lines"));
    }
    return doc;
  }

  /**
   * Reads a one-line YAML value such as {@code 0.3}, {@code [leadership]} or {@code {start: 2025}},
   * locating everything at {@code origin} (a command-line argument). Empty text is null.
   */
  public static YamlDocument readValue(String text, String origin) {
    YamlDocument doc = parse(text, null, (line, column) -> Location.of(origin), "the value");
    return doc.root() != null ? doc
        : new YamlDocument(null, NullNode.instance, doc.values(), doc.keys());
  }

  private static YamlDocument parse(
      String text, Path file, BiFunction<Integer, Integer, Location> at, String rootName) {
    // SnakeYAML's parser alone: TreeComposer says why its Composer is not used.
    var parser = new ParserImpl(new StreamReader(text), YamlLimits.loaderOptions());
    TreeComposer composer = new TreeComposer(new EventStream(parser, at), rootName);
    try {
      JsonNode root = composer.build();
      if (!composer.problems().isEmpty()) {
        throw new InvalidInputException(composer.problems());
      }
      return new YamlDocument(file, root, composer.values(), composer.keys());
    } catch (MarkedYAMLException e) {
      throw new InvalidInputException(SyntaxErrors.locate(e, at).problem(SyntaxErrors.message(e)));
    }
  }
}

package dev.stratsim.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads YAML into a plain tree with locations; failures are {@link InvalidInputException}s. */
public final class YamlReader {
  private static final AnchoringYamlFactory FACTORY = new AnchoringYamlFactory(loaderOptions());

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
    try (var parser = (AnchoringYamlFactory.Parser) FACTORY.createParser(new StringReader(text))) {
      TreeBuilder builder = new TreeBuilder(parser, at, rootName);
      JsonNode root = builder.build();
      if (!builder.problems().isEmpty()) {
        throw new InvalidInputException(builder.problems());
      }
      return new YamlDocument(file, root, builder.values(), builder.keys());
    } catch (JsonProcessingException | YAMLException e) {
      Location where = SyntaxErrors.locate(e, at);
      throw new InvalidInputException(where.problem(SyntaxErrors.message(e)));
    } catch (IOException e) {
      // Only a StringReader is read, so this cannot happen short of a parser bug.
      throw new UncheckedIOException(e);
    }
  }

  /** SnakeYAML's own guards; the tree builder enforces the same limits on Jackson's tokens. */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(TreeBuilder.MAX_ALIASES);
    options.setNestingDepthLimit(TreeBuilder.MAX_DEPTH);
    options.setCodePointLimit(2 * 1024 * 1024);
    options.setAllowRecursiveKeys(false);
    return options;
  }
}

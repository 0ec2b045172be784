package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.golden.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```text} example in README.md and docs/ that starts with {@code $ ./stratsim ...}
 * is what that command prints (stderr first, as a terminal shows it, then stdout): README's compare
 * excerpt once listed its rows in another order than compare prints them. A line {@code ...} ends
 * an excerpt: only the lines above it are compared. Run with {@code -Dgolden.update=true}
 * to write each example from the real output (keeping excerpts as long as they were), then review
 * the diff. An example that draws more than {@value #QUICK_SAMPLES} Monte Carlo samples takes tens
 * of seconds, so the build leaves it out; {@code -Ddocs.examples.all=true} checks it too.
 */
class DocExamplesTest {
  private static final boolean UPDATE = Golden.updating("docs.examples.update");
  private static final boolean ALL = UPDATE || Boolean.getBoolean("docs.examples.all");
  private static final int QUICK_SAMPLES = 100;
  private static final Pattern FENCE = Pattern.compile("( *)```text");
  private static final String PROMPT = "$ ./stratsim ";

  /** One example: the file, where its output starts, how many lines it shows and its command. */
  record Example(Path file, int index, int from, int shown, boolean excerpt, String indent, List<String> args) {
    @Override
    public String toString() {
      return file + ":" + from + " " + String.join(" ", args);
    }
  }

  static Stream<Example> examples() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Example> examples = new ArrayList<>();
    for (Path file : files) {
      examples.addAll(examples(file));
    }
    return examples.stream();
  }

  private static List<Example> examples(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches() || i + 1 >= lines.size() || !strip(lines.get(i + 1), fence.group(1)).startsWith(PROMPT)) {
        continue;
      }
      String indent = fence.group(1);
      StringBuilder command = new StringBuilder();
      int line = i + 1;
      while (true) {
        String part = strip(lines.get(line), indent);
        line++;
        if (!part.endsWith("\\")) {
          command.append(part);
          break;
        }
        command.append(part, 0, part.length() - 1).append(' ');
      }
      int from = line;
      while (!strip(lines.get(line), indent).equals("```") && !lines.get(line).strip().equals("...")) {
        line++;
      }
      boolean excerpt = lines.get(line).strip().equals("...");
      examples.add(new Example(file, examples.size(), from, line - from, excerpt, indent,
          words(command.substring(PROMPT.length()))));
    }
    return examples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theExampleIsWhatTheCommandPrints(Example listed) throws IOException {
    Assumptions.assumeTrue(ALL || samples(listed.args()) <= QUICK_SAMPLES,
        () -> "more than " + QUICK_SAMPLES + " samples; -Ddocs.examples.all=true checks it");
    Cli.Result result = Cli.run(listed.args().toArray(String[]::new));
    List<String> printed = new ArrayList<>((result.err() + result.out()).lines().toList());
    while (!printed.isEmpty() && printed.get(printed.size() - 1).isBlank()) {
      printed.remove(printed.size() - 1);
    }
    // Read again: an update of an example above this one may have moved it.
    Example example = examples(listed.file()).get(listed.index());
    List<String> lines = Files.readAllLines(example.file(), StandardCharsets.UTF_8);
    List<String> shown = lines.subList(example.from(), example.from() + example.shown()).stream()
        .map(l -> strip(l, example.indent())).toList();
    List<String> expected = example.excerpt() ? printed.subList(0, Math.min(shown.size(), printed.size())) : printed;
    if (UPDATE && !shown.equals(expected)) {
      List<String> updated = new ArrayList<>(lines.subList(0, example.from()));
      expected.forEach(l -> updated.add(l.isEmpty() ? "" : example.indent() + l));
      updated.addAll(lines.subList(example.from() + example.shown(), lines.size()));
      Files.writeString(example.file(), String.join("\n", updated) + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertThat(String.join("\n", shown)).as(example.toString()).isEqualTo(String.join("\n", expected));
  }

  /** README's pictures of the briefing are the build's screenshots of it, at 1280 and 390 px by 900. */
  @org.junit.jupiter.api.Test
  void theBriefingPicturesAreTheBuildsScreenshots() throws IOException {
    for (var picture : java.util.Map.of("docs/briefing.png", 1280, "docs/briefing-390.png", 390).entrySet()) {
      java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(Path.of(picture.getKey()).toFile());
      assertThat(image.getWidth()).as(picture.getKey()).isEqualTo(picture.getValue());
      assertThat(image.getHeight()).as(picture.getKey()).isEqualTo(900);
      assertThat(Files.readString(Path.of("README.md"))).contains(picture.getKey());
    }
  }

  private static String strip(String line, String indent) {
    return line.startsWith(indent) ? line.substring(indent.length()) : line.strip();
  }

  private static long samples(List<String> args) {
    int i = args.indexOf("--samples");
    return i >= 0 && i + 1 < args.size() ? Long.parseLong(args.get(i + 1)) : 0;
  }

  /** The words of a command line as a POSIX shell splits them: quotes group, backslash-newline joins. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}

package dev.stratsim.engine;

import dev.stratsim.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/** Drools' build messages, turned into one-line problems that point at a DRL file and line. */
final class DrlProblems {
  private static final Pattern PARSER_ERROR = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):\\d+ (.*)");

  private DrlProblems() {}

  /**
   * One problem per error. When a file does not parse, every other error is a consequence (types
   * it declares go missing in every file), so only the parse errors are reported.
   */
  static List<Problem> of(DrlSources sources, List<Message> errors) {
    List<Message> real = errors.stream()
        // Drools follows each parse error with this line, which adds nothing for the user.
        .filter(m -> !m.getText().contains("Parser returned a null Package"))
        .toList();
    List<Message> parse = real.stream().filter(m -> PARSER_ERROR.matcher(firstLine(m)).matches()).toList();
    List<Problem> problems = new ArrayList<>();
    (parse.isEmpty() ? real : parse).forEach(m -> problems.add(toProblem(sources, m)));
    problems.sort(Comparator.comparing((Problem p) -> String.valueOf(p.file())).thenComparingInt(Problem::line));
    return problems;
  }

  private static Problem toProblem(DrlSources sources, Message message) {
    String path = message.getPath() == null ? null : Path.of(message.getPath()).getFileName().toString();
    String text = firstLine(message);
    // MVEL puts the useful part ("unable to resolve method ... State.metrc()") on a later line.
    String detail = message.getText().lines()
        .filter(l -> l.startsWith("[Error: "))
        .map(l -> l.substring("[Error: ".length(), l.length() - (l.endsWith("]") ? 1 : 0)))
        .findFirst().orElse("");
    if (!detail.isEmpty()) {
      text = text.replaceAll(":$", "") + ": " + detail;
    }
    int line = Math.max(message.getLine(), 0);
    Matcher parserError = PARSER_ERROR.matcher(text);
    if (parserError.matches()) {
      line = Integer.parseInt(parserError.group(1));
      text = parserError.group(2);
    }
    if (path == null) {
      return Problem.inFile(sources.dir(), "rules do not compile: " + text);
    }
    return Problem.at(sources.path(path), line, Math.max(message.getColumn(), 0), "rules do not compile: " + text);
  }

  private static String firstLine(Message message) {
    return message.getText().strip().lines().findFirst().orElse("").strip();
  }
}

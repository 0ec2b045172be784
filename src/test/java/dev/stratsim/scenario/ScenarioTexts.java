package dev.stratsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scenario text the loader's tests start from, and the loader's problems as they read them:
 * {@code line:column: message}, so an expected problem is one string that says where.
 */
final class ScenarioTexts {
  /** Meta alone: the smallest valid scenario. */
  static final String META = """
      title: T
      period: {start: 2025, end: 2029}
      actors:
        meta: {name: Meta, role: platform, data: 60, hardware: 70, algorithms: 70}
      """;
  /** Scale AI, a data supplier, as an entry of {@code actors}. */
  static final String SCALE_AI = "  scale-ai: {name: Scale AI, role: data-supplier, quality: 80}\n";
  /** Meta's 2025 deal for Scale AI, open after its amount for the terms a test sets. */
  static final String META_BUYS_SCALE_AI = META + SCALE_AI + """
      deals:
        - year: 2025
          acquirer: meta
          target: scale-ai
          amount_usd: 14e9
      """;

  private ScenarioTexts() {}

  /** The problems of loading {@code file} as a scenario, each of which must name it; none if it loads. */
  static List<String> problems(Path file) {
    return problems(file, f -> new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).load(f));
  }

  /** The problems of loading {@code file} as a template, its ranges and correlations unsampled. */
  static List<String> templateProblems(Path file) {
    return problems(file, f -> new ScenarioLoader(ScenarioLoaderTest.VOCABULARY).template(f, List.of()));
  }

  private static List<String> problems(Path file, Consumer<Path> load) {
    try {
      load.accept(file);
    } catch (InvalidInputException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
      return e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }
    return List.of();
  }
}

package dev.stratsim.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratsim.briefing.model.Fixtures;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.golden.Golden;
import dev.stratsim.schema.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown and JSON reports of three stock cases, kept under
 * {@code src/test/resources/golden-report/}: the deal against the baseline, a regulator's block
 * against its parent scenario (the default reference), and the deal with its uncertainties over
 * 200 Monte Carlo samples (few, so the suite stays fast). Rewrite them after an intended change with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden-report");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("meta-scale-deal-vs-baseline", List.of("meta-scale-deal"), "baseline", null),
        Arguments.of("regulator-blocks", List.of("regulator-blocks"), null, null),
        Arguments.of("meta-scale-uncertain-samples", List.of("meta-scale-uncertain"), null, 200));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void markdownAndJsonMatchTheGoldenFiles(String name, List<String> scenarios, String against, Integer samples)
      throws IOException {
    Map<String, byte[]> files = Reports.render(Fixtures.briefing(scenarios, against, samples, 7L),
        EnumSet.of(ReportFormat.markdown, ReportFormat.json));

    check(GOLDEN.resolve(name + ".md"), new String(files.get("report.md"), StandardCharsets.UTF_8));
    check(GOLDEN.resolve(name + ".json"), new String(files.get("report.json"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theJsonFollowsTheReportSchema(String name, List<String> scenarios, String against, Integer samples)
      throws IOException {
    assertThat(JsonSchemas.errors(JsonSchemas.report(), Files.readString(GOLDEN.resolve(name + ".json")))).isEmpty();
  }

  private static void check(Path golden, String actual) throws IOException {
    Golden.check(golden, actual);
  }
}

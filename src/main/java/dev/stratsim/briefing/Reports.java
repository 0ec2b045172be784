package dev.stratsim.briefing;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code stratsim report}: runs the scenarios, builds the briefing and writes its files. */
public final class Reports {
  private Reports() {}

  /**
   * Writes the report's files into {@code request.out()}; every file is rendered before the first
   * is written, so a failure leaves the folder as it was.
   *
   * @param progress stepped once per Monte Carlo sample
   * @param stop raised while sampling (Ctrl-C), nothing is written
   * @return the files written, in format order; none when stopped
   */
  public static List<Path> write(Path rulesDir, ReportRequest request, Clock clock, Progress progress,
      StopSignal stop) {
    Assembly.checkSamples(request);
    RuleSet.warm(rulesDir);
    // The scenarios first: a mistake in them is reported before the rules are compiled.
    Assembly.checkScenarios(request, RuleSet.vocabulary(rulesDir));
    RuleSet rules = RuleSet.load(rulesDir);
    Briefing briefing;
    try {
      briefing = new Assembly(rules).build(request, clock, new MonteCarlo(request.threads(), progress, stop));
    } catch (MonteCarlo.Stopped stopped) {
      return List.of();
    }
    return OutputDir.write(request.out(), render(briefing, request.formats()), request.force());
  }

  static Map<String, byte[]> render(Briefing briefing, java.util.Set<ReportFormat> formats) {
    Map<String, String> files = new LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (!formats.contains(format)) {
        continue;
      }
      switch (format) {
        case html -> files.put("report.html", Templates.html(Views.page(briefing, true)));
        case markdown -> files.put("report.md", Templates.markdown(Views.page(briefing, false)));
        case json -> files.put("report.json", JsonReport.write(briefing));
        case csv -> files.putAll(CsvReport.write(briefing));
      }
    }
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }
}

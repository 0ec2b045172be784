package dev.stratsim.briefing;

import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.briefing.model.Assembly;
import dev.stratsim.briefing.model.Briefing;
import dev.stratsim.briefing.model.MonteCarlo;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.model.ReportRequest;
import dev.stratsim.briefing.view.Views;
import dev.stratsim.briefing.write.CsvReport;
import dev.stratsim.briefing.write.JsonReport;
import dev.stratsim.briefing.write.MarkdownFit;
import dev.stratsim.briefing.write.Templates;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.files.OutputFiles;
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
    return write(rulesDir, request, clock, progress, stop, Simulator.DEFAULT_YEAR_TIMEOUT);
  }

  /** @param yearTimeout how long one year of one run may take before its rules are stopped */
  public static List<Path> write(Path rulesDir, ReportRequest request, Clock clock, Progress progress,
      StopSignal stop, java.time.Duration yearTimeout) {
    Assembly.checkSamples(request);
    RuleSet.warm(rulesDir);
    // The scenarios are checked in milliseconds; the rules compile in seconds.
    Assembly.checkInputs(RuleSet.vocabulary(rulesDir), request);
    RuleSet rules = RuleSet.load(rulesDir);
    Briefing briefing;
    try {
      briefing = new Assembly(rules, yearTimeout).build(request, clock, new MonteCarlo(request.threads(), request.sampling(), progress, stop));
    } catch (MonteCarlo.Stopped stopped) {
      return List.of();
    }
    Map<String, OutputFiles.Content> contents = new LinkedHashMap<>();
    render(briefing, request.formats()).forEach((name, bytes) -> contents.put(name, OutputFiles.bytes(bytes)));
    return OutputFiles.writeFolder(request.out(), contents, request.force());
  }

  /** The names of the files {@code formats} write, to check the folder before any work. */
  public static List<String> fileNames(java.util.Set<ReportFormat> formats) {
    List<String> names = new java.util.ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        switch (format) {
          case html -> names.add("report.html");
          case markdown -> names.addAll(ReportFormat.markdown.files());
          case json -> names.add("report.json");
          case csv -> names.addAll(CsvReport.NAMES);
        }
      }
    }
    return names;
  }

  public static Map<String, byte[]> render(Briefing briefing, java.util.Set<ReportFormat> formats) {
    Map<String, String> files = new LinkedHashMap<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (!formats.contains(format)) {
        continue;
      }
      switch (format) {
        case html -> files.put("report.html", Templates.html(Views.page(briefing, true)));
        case markdown -> {
          Views.Page page = Views.page(briefing, false);
          files.put("report.md", MarkdownFit.comment(page));
          files.put(MarkdownFit.FULL, Templates.markdown(page));
        }
        case json -> files.put("report.json", JsonReport.write(briefing));
        case csv -> files.putAll(CsvReport.write(briefing));
      }
    }
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }
}

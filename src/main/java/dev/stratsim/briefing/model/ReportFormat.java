package dev.stratsim.briefing.model;

import java.util.List;

/** The files a report can be written as; each format writes the files listed. */
public enum ReportFormat {
  html(List.of("report.html")),
  markdown(List.of("report.md", "report-full.md")),
  json(List.of("report.json")),
  csv(List.of("positions.csv", "effects.csv", "attribution.csv"));

  private final List<String> files;

  ReportFormat(List<String> files) {
    this.files = files;
  }

  public List<String> files() {
    return files;
  }
}

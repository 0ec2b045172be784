package dev.stratsim.briefing.model;

import dev.stratsim.uncertainty.Sampling;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code stratsim report} was asked for.
 *
 * @param against the scenario every case is compared with, or null for each scenario's
 *     {@code extends} parent, else the first scenario
 * @param focus the actor the summary and waterfall follow, or null for the first deal's acquirer
 * @param title the report's title, or null for the first scenario's
 * @param samples Monte Carlo samples, or null for none
 * @param seed the Monte Carlo seed, or null (then 1) with {@code samples}
 * @param threads worker threads for the samples; the report does not depend on it
 * @param timestamp whether to stamp the time of writing into the report
 * @param force whether files that stratsim did not write may be overwritten
 * @param assumptions an assumptions overlay laid over every scenario, or null
 * @param calibration the output of {@code calibrate --format json} to add a section for, or null
 * @param sampling how the Monte Carlo samples are drawn ({@code --sampling})
 */
public record ReportRequest(List<Path> scenarios, Path against, Path out,
    Set<ReportFormat> formats, String focus, String title, Integer samples, Long seed,
    int threads, boolean timestamp, boolean force, String version, Path assumptions, Path calibration,
    Sampling sampling) {

  public ReportRequest(List<Path> scenarios, Path against, Path out, Set<ReportFormat> formats, String focus,
      String title, Integer samples, Long seed, int threads, boolean timestamp, boolean force, String version,
      Path assumptions, Path calibration) {
    this(scenarios, against, out, formats, focus, title, samples, seed, threads, timestamp, force, version, assumptions,
        calibration, Sampling.random);
  }

  public ReportRequest(List<Path> scenarios, Path against, Path out, Set<ReportFormat> formats, String focus,
      String title, Integer samples, Long seed, int threads, boolean timestamp, boolean force, String version) {
    this(scenarios, against, out, formats, focus, title, samples, seed, threads, timestamp, force, version, null, null);
  }
}

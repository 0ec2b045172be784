package dev.stratsim.cli;

import dev.stratsim.analysis.simulate.Simulation;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.batch.TerminalProgress;
import dev.stratsim.batch.Threads;
import dev.stratsim.briefing.Reports;
import dev.stratsim.briefing.model.ReportFormat;
import dev.stratsim.briefing.model.ReportRequest;
import dev.stratsim.files.OutputFiles;
import dev.stratsim.output.Version;
import dev.stratsim.problem.UserText;
import dev.stratsim.uncertainty.Sampling;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write a briefing on the scenarios: HTML with charts, Markdown, JSON and CSV.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin YearTimeout yearTimeout;
  @Mixin CacheOption cache;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
  List<Path> scenarios;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder to write into (created if missing).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html,markdown",
      description = "Comma-separated: html, markdown, json, csv (default: ${DEFAULT-VALUE}).")
  List<ReportFormat> formats = new ArrayList<>();

  @Option(names = "--against", paramLabel = "SCENARIO",
      description = "Compare every scenario with this one (default: each scenario's extends parent, else the first).")
  Path against;

  @Option(names = "--focus", paramLabel = "ACTOR",
      description = "The competitor the summary and waterfall follow (default: the first deal's acquirer).")
  String focus;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: the first scenario's).")
  String title;

  @Option(names = "--samples", paramLabel = "N",
      description = "Add a Monte Carlo section: N samples of the first scenario with distributions, as simulate draws them.")
  Integer samples;

  @Option(names = "--seed", paramLabel = "S", description = "Monte Carlo seed (default: 1); needs --samples.")
  Long seed;

  @Option(names = "--sampling", paramLabel = "METHOD",
      description = "random or lhs (Latin hypercube), as simulate --sampling (default: random); needs --samples.")
  Sampling sampling;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for the samples (default: one per core); the report does not depend on it.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar while sampling.")
  boolean quiet;

  @Option(names = "--timestamp", description = "Stamp the time of writing into the report (off: reports diff cleanly).")
  boolean timestamp;

  @Option(names = "--force", description = "Overwrite files in DIR that stratsim did not write.")
  boolean force;

  @Option(names = "--assumptions", paramLabel = "FILE",
      description = "Lay this assumptions overlay (e.g. calibrate --assumptions-out) over every scenario's assumptions.")
  Path assumptions;

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "Add a calibration section from this output of calibrate --format json.")
  Path calibration;

  @Mixin RulesOption rules;

  @Override
  public Integer call() {
    Options.requireWith(seed != null, samples != null, "--seed", "--samples");
    Options.requireWith(sampling != null, samples != null, "--sampling", "--samples");
    if (samples != null) {
      Simulation.checkSamples(samples);
    }
    Duration timeout = yearTimeout.duration();
    int workers = Threads.of(threads, note -> {
      spec.commandLine().getErr().println(note);
      spec.commandLine().getErr().flush();
    });
    EnumSet<ReportFormat> asked = formats.isEmpty() ? EnumSet.of(ReportFormat.html, ReportFormat.markdown)
        : EnumSet.copyOf(formats);
    OutputFiles.checkFolder(out, Reports.fileNames(asked), force);
    ReportRequest request = new ReportRequest(List.copyOf(scenarios), against, out, asked,
        focus, title, samples, seed, workers,
        timestamp, force, Version.current(), assumptions, calibration,
        sampling == null ? Sampling.random : sampling);
    // Ctrl-C while sampling writes nothing; once writing has begun, it finishes first.
    try (StopSignal stop = StopSignal.onInterrupt()) {
      List<Path> written;
      try (Progress progress = samples == null ? Progress.NONE
          : TerminalProgress.create("report", samples, quiet, spec.commandLine().getErr())) {
        written = Reports.write(rules.dir, request, Clock.systemUTC(), progress, stop, timeout);
      }
      if (written.isEmpty()) {
        spec.commandLine().getErr().println("stopped: nothing written");
        spec.commandLine().getErr().flush();
        return ExitCodes.EXIT_INTERRUPTED;
      }
      PrintWriter stdout = spec.commandLine().getOut();
      written.forEach(file -> stdout.println("wrote " + UserText.escape(file.toString())));
      stdout.flush();
      return ExitCodes.EXIT_OK;
    }
  }
}

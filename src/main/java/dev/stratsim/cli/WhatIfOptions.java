package dev.stratsim.cli;

import dev.stratsim.analysis.WhatIf;
import dev.stratsim.batch.LocalEngine;
import dev.stratsim.batch.TerminalProgress;
import dev.stratsim.batch.Threads;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every what-if command shares: the rules, overrides, threads and quiet. */
final class WhatIfOptions {
  @Mixin RulesOption rules;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario field first, as run does.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--assumptions", paramLabel = "FILE",
      description = "Lay this assumptions overlay (e.g. calibrate --assumptions-out) over the scenario's"
          + " assumptions, before --set.")
  Path assumptions;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: one per core); results do not depend on it.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Mixin YearTimeout yearTimeout;

  /** The worker threads to run, at most {@link Threads#max()}; a note on {@code err} when capped. */
  private int threads(PrintWriter err) {
    return Threads.of(threads, note -> {
      err.println(note);
      err.flush();
    });
  }

  /**
   * These options as the analyses take them, the worker threads counted now (a note on {@code err}
   * when capped); {@code engine} null for a command that runs on local threads only. The notes on
   * the loaded scenarios are the stake notes every what-if command writes to {@code err}.
   */
  WhatIf whatIf(PrintWriter err, EngineOption engine) {
    return whatIf(err, engine, (vocabulary, loaded) -> StakeNotes.warn(err, vocabulary, loaded, sets));
  }

  WhatIf whatIf(PrintWriter err, EngineOption engine, WhatIf.Notes notes) {
    int workers = threads(err); // before the timeout is read, as every what-if command did
    return new WhatIf(rules.dir, sets, assumptions, yearTimeout.duration(), workers,
        engine == null ? LocalEngine::new : engine::open, engine != null && engine.spark(), notes,
        (command, total) -> TerminalProgress.create(command, total, quiet, err));
  }
}

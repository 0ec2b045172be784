package dev.stratsim.analysis.sweep;

import dev.stratsim.analysis.WhatIf;
import dev.stratsim.analysis.simulate.Report;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.RuleSet;
import dev.stratsim.engine.Simulator;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.scenario.Actor;
import dev.stratsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code sweep} workflow in one call, and what it found.
 *
 * @param sweep the metrics at every grid point (as far as it got, when stopped)
 * @param onlyFor the name of the one competitor whose index and rank were followed by default
 *     (see {@link #followed}), or null when every competitor's are there or --metric chose
 */
public record SweepResult(Sweep sweep, String onlyFor) {

  /**
   * The scenario loaded and checked against the grid, its central run checking the metrics, then
   * every grid point on the engine. {@code write} is given the result while Ctrl-C still waits for
   * it: an interrupted sweep's partial table is written before the JVM may halt.
   *
   * @param varies the --vary values as written, which travel to Spark's executors with the grid
   * @param asked the --metric expressions; none: each competitor's index and rank in the last year
   * @param everyCompetitor whether the default metrics cover every competitor (--all, or a format
   *     read by programs) rather than the first deal's acquirer only
   */
  public static SweepResult run(WhatIf whatIf, Path scenario, Grid grid, List<String> varies, List<Metric> asked,
      boolean everyCompetitor, Consumer<SweepResult> write) {
    Vocabulary vocabulary = whatIf.vocabulary();
    ScenarioTemplate template = whatIf.template(vocabulary, scenario);
    Sweep.check(template, grid);
    whatIf.notes().loaded(vocabulary, List.of(template.central()));
    RuleSet rules = whatIf.ruleSet();
    Simulator simulator = whatIf.simulator(rules);
    Projection central = simulator.run(template.central());
    Metric.checkAll(asked, central);
    List<Metric> shown = asked.isEmpty() ? Report.metrics(followed(central, everyCompetitor), List.of()) : asked;
    grid.checkNumbers(shown.size());
    Carried carried = whatIf.carried(rules, template);
    try (StopSignal stop = StopSignal.onInterrupt()) {
      Sweep sweep;
      try (Progress progress = whatIf.progress().open("sweep", grid.size())) {
        sweep = Sweep.run(template, grid, varies, shown, simulator, whatIf.engine(), carried, progress, stop);
      }
      SweepResult result = new SweepResult(sweep, asked.isEmpty()
          && shown.size() < Report.metrics(Report.competitors(central), List.of()).size()
          ? central.scenario().actors().get(central.scenario().deals().get(0).acquirer()).name() : null);
      write.accept(result);
      return result;
    }
  }

  /**
   * The competitors whose index and rank the sweep reports by default. Every competitor's two
   * columns made a table some 250 characters wide, which no terminal shows; the table follows the
   * first deal's acquirer, whom the what-if is usually about, unless --all is given. CSV and JSON
   * are read by programs, not people, so they keep every competitor.
   */
  private static List<Actor> followed(Projection central, boolean everyCompetitor) {
    List<Actor> competitors = Report.competitors(central);
    if (everyCompetitor || central.scenario().deals().isEmpty()) {
      return competitors;
    }
    String acquirer = central.scenario().deals().get(0).acquirer();
    List<Actor> focus = competitors.stream().filter(a -> a.id().equals(acquirer)).toList();
    return focus.isEmpty() ? competitors : focus;
  }
}

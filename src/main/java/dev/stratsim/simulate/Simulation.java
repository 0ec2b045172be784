package dev.stratsim.simulate;

import dev.stratsim.batch.Batch;
import dev.stratsim.batch.Carried;
import dev.stratsim.batch.Engine;
import dev.stratsim.batch.LocalEngine;
import dev.stratsim.batch.Metric;
import dev.stratsim.batch.Progress;
import dev.stratsim.batch.StopSignal;
import dev.stratsim.engine.Projection;
import dev.stratsim.engine.Simulator;
import dev.stratsim.expect.EvaluationException;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.problem.RuleFailureException;
import dev.stratsim.problem.UserText;
import dev.stratsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * Monte Carlo over a scenario's distributions: each sample draws every input from its own seeded
 * generator, runs the rules and keeps one number per metric. The results are the same whatever
 * the thread count, and any sample can be rerun alone with {@code run --seed S --sample I}.
 *
 * <pre>{@code
 * SimulationResult r = new Simulation(new Simulator(rules)).run(template,
 *     List.of(Metric.parse("meta.rank@2029 <= 2")), new Simulation.Settings(10_000, 1, 4));
 * double p = r.summaries().get(0).probability();
 * }</pre>
 */
public final class Simulation {
  public static final long DEFAULT_SEED = 1;
  /** Beyond this, one number per sample per metric stops fitting a default heap comfortably. */
  public static final int MAX_SAMPLES = 10_000_000;

  private final Simulator simulator;

  /** @param threads worker threads; the results do not depend on it */
  public record Settings(int samples, long seed, int threads) {}

  public Simulation(Simulator simulator) {
    this.simulator = simulator;
  }

  public SimulationResult run(ScenarioTemplate template, List<Metric> metrics, Settings settings) {
    return run(template, metrics, settings, Progress.NONE, StopSignal.manual());
  }

  /**
   * Runs the samples until done or stopped.
   *
   * @throws RuleFailureException if a rule fails in a sample, naming the sample and the seed
   * @throws InvalidInputException if a sample is not a valid scenario or a metric cannot be read
   */
  public SimulationResult run(ScenarioTemplate template, List<Metric> metrics, Settings settings,
      Progress progress, StopSignal stop) {
    return run(template, metrics, settings, new LocalEngine(settings.threads()), null, progress, stop);
  }

  /**
   * Runs the samples on {@code engine} until done or stopped; the result does not depend on the
   * engine.
   *
   * @param carried what another JVM needs to run the samples; null when the engine is local
   */
  public SimulationResult run(ScenarioTemplate template, List<Metric> metrics, Settings settings, Engine engine,
      Carried carried, Progress progress, StopSignal stop) {
    if ((long) settings.samples() * metrics.size() > Batch.MAX_NUMBERS) {
      throw new InvalidInputException(Problem.general(settings.samples() + " samples of " + metrics.size()
          + " metrics are " + (long) settings.samples() * metrics.size() + " numbers to keep, more than "
          + Batch.MAX_NUMBERS + "; draw fewer samples or name fewer metrics with --metric"));
    }
    double[][] values = new double[metrics.size()][settings.samples()];
    SampleRows rows = new SampleRows(carried, metrics.stream().map(Metric::text).toList(), settings.seed(),
        i -> row(simulator, template, metrics, settings.seed(), i));
    Batch.Outcome outcome = engine.run(settings.samples(), rows, (i, row) -> {
      for (int m = 0; m < metrics.size(); m++) {
        values[m][(int) i] = row[m];
      }
    }, progress, stop);
    List<Summary> summaries = new ArrayList<>();
    for (int m = 0; m < metrics.size(); m++) {
      summaries.add(new Summary(metrics.get(m), values[m], (int) outcome.done()));
    }
    return new SimulationResult(template, settings, (int) outcome.done(), outcome.stopped(),
        List.copyOf(summaries));
  }

  /** Sample {@code index}'s metrics: what every engine evaluates for it. */
  static double[] row(Simulator simulator, ScenarioTemplate template, List<Metric> metrics, long seed, long index) {
    Projection projection = run(simulator, template, seed, index);
    double[] row = new double[metrics.size()];
    for (int m = 0; m < metrics.size(); m++) {
      row[m] = read(metrics.get(m), projection, seed, index);
    }
    return row;
  }

  private static Projection run(Simulator simulator, ScenarioTemplate template, long seed, long index) {
    String sample = "sample " + index + " (seed " + seed + ")";
    try {
      return simulator.run(template.sample(seed, index));
    } catch (RuleFailureException e) {
      throw new RuleFailureException(sample + ": " + e.getMessage() + "; `" + rerun(simulator, template, seed, index)
          + "` reruns it alone", e.getCause());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(p -> new Problem(p.file(), p.line(), p.column(), sample + " is not a valid"
              + " scenario: " + p.message()))
          .toList());
    }
  }

  /** The command that runs sample {@code index} alone: the same file, rules and --set, quoted for a shell. */
  private static String rerun(Simulator simulator, ScenarioTemplate template, long seed, long index) {
    List<String> words = new ArrayList<>(List.of("stratsim", "run", template.central().file().toString(),
        "--rules", simulator.rules().dir().toString()));
    template.overrides().forEach(set -> words.addAll(List.of("--set", set)));
    words.addAll(List.of("--seed", Long.toString(seed), "--sample", Long.toString(index)));
    return String.join(" ", words.stream().map(Simulation::shellWord).toList());
  }

  /** A word as a POSIX shell reads it back: plain when it can be, else in single quotes. */
  static String shellWord(String word) {
    return !word.isEmpty() && word.matches("[A-Za-z0-9_./:=,+@%-]+") ? word
        : "'" + word.replace("'", "'\\''") + "'";
  }

  private static double read(Metric metric, Projection projection, long seed, long index) {
    try {
      return metric.value(projection);
    } catch (EvaluationException e) {
      throw new InvalidInputException(Problem.general("--metric '" + UserText.quote(metric.text()) + "': "
          + e.getMessage() + " in sample " + index + " (seed " + seed + ")"));
    }
  }
}

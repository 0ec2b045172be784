package dev.stratsim.analysis.simulate;

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
import dev.stratsim.uncertainty.Design;
import dev.stratsim.uncertainty.Sampling;
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

  /**
   * The one check of {@code --samples}, for every command that takes it: {@code simulate},
   * {@code report} and {@code diff}.
   *
   * @throws InvalidInputException unless {@code samples} is 1 to {@link #MAX_SAMPLES}
   */
  public static void checkSamples(int samples) {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new InvalidInputException(Problem.general("--samples " + samples + " is out of range; give 1 to "
          + MAX_SAMPLES));
    }
  }

  /**
   * @param samples the samples to draw; with {@code untilStable}, the most to draw
   * @param threads worker threads; the results do not depend on it
   * @param sampling how the draws are spread: independently, or by Latin hypercube
   * @param untilStable draw in batches until the percentiles settle, or null to draw them all
   */
  public record Settings(int samples, long seed, int threads, Sampling sampling, UntilStable untilStable)
      implements java.io.Serializable {
    public Settings(int samples, long seed, int threads) {
      this(samples, seed, threads, Sampling.random, null);
    }

    public Settings(int samples, long seed, int threads, Sampling sampling) {
      this(samples, seed, threads, sampling, null);
    }

    /** The samples each Latin hypercube covers: a batch, or all of them. */
    int block() {
      return untilStable == null ? samples : Math.min(samples, untilStable.batch());
    }
  }

  /**
   * {@code simulate --until-stable}: samples are drawn {@code batch} at a time, and drawing stops
   * once no reported figure moved by {@code tolerance} or more over the last batch: no percentile
   * (P5, P25, P50, P75, P95) of a number by that share of its spread (P95 - P5 over the samples so
   * far, counted as at most 1; a number with no spread may not move at all), no check's probability
   * by that much. Relative to the spread, so one tolerance fits an index, a rank and a valuation
   * in dollars. Deterministic: batches follow one another, so the samples drawn are 0..n-1 of the
   * same design whatever the thread count, and the same seed stops at the same n.
   */
  public record UntilStable(double tolerance, int batch) implements java.io.Serializable {
    public static final double DEFAULT_TOLERANCE = 0.01;
    public static final int DEFAULT_BATCH = 1000;
  }

  /**
   * How an {@link UntilStable} run ended.
   *
   * @param batches the batches drawn
   * @param moved the most a reported figure moved over the last batch, as a share of its spread
   *     (NaN after a single batch: nothing to compare it with)
   * @param converged whether that was below the tolerance before --samples ran out
   */
  public record Convergence(UntilStable asked, int batches, double moved, boolean converged) {}

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
    if (settings.sampling() == Sampling.lhs
        && (long) settings.block() * template.inputs().size() > Design.MAX_LHS_NUMBERS) {
      throw new InvalidInputException(Problem.general("--sampling lhs ranks every input's draws over the samples: "
          + settings.block() + " samples of " + template.inputs().size() + " inputs are more than "
          + Design.MAX_LHS_NUMBERS + "; draw fewer samples, or use --sampling random"));
    }
    Design design = design(template, settings);
    List<String> texts = metrics.stream().map(Metric::text).toList();
    double[][] values = new double[metrics.size()][settings.samples()];
    int done = 0;
    boolean stopped = false;
    int batches = 0;
    double[] before = null;
    double moved = Double.NaN;
    boolean converged = false;
    // One batch of all the samples unless --until-stable: batches run one after another, so the
    // samples drawn are always 0..done-1, the same whatever the thread count or engine.
    while (done < settings.samples() && !stopped && !converged) {
      int from = done;
      SampleRows rows = new SampleRows(carried, texts, settings, from,
          k -> row(simulator, template, design, metrics, from + k));
      Batch.Outcome outcome = engine.run(Math.min(settings.block(), settings.samples() - from), rows, (k, row) -> {
        for (int m = 0; m < metrics.size(); m++) {
          values[m][(int) (from + k)] = row[m];
        }
      }, progress, stop);
      done = from + (int) outcome.done();
      stopped = outcome.stopped();
      batches++;
      if (settings.untilStable() != null && !stopped) {
        double[] now = reported(metrics, values, done);
        if (before != null) {
          moved = moved(metrics, before, now);
          converged = moved < settings.untilStable().tolerance();
        }
        before = now;
      }
    }
    List<Summary> summaries = new ArrayList<>();
    for (int m = 0; m < metrics.size(); m++) {
      summaries.add(new Summary(metrics.get(m), values[m], done));
    }
    Convergence convergence = settings.untilStable() == null ? null
        : new Convergence(settings.untilStable(), batches, moved, converged);
    return new SimulationResult(template, settings, done, stopped, List.copyOf(summaries), convergence);
  }

  /** The percentiles simulate reports and --until-stable watches: P5, P25, P50, P75, P95. */
  public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

  /** The percentiles simulate reports, per metric: a check's probability, a number's P5 to P95 and its spread. */
  private static double[] reported(List<Metric> metrics, double[][] values, int done) {
    double[] figures = new double[metrics.size() * (PERCENTILES.length + 1)];
    int at = 0;
    for (int m = 0; m < metrics.size(); m++) {
      Summary s = new Summary(metrics.get(m), values[m], done);
      if (metrics.get(m).isCheck()) {
        figures[at] = s.probability();
      } else {
        double[] p = s.percentiles(PERCENTILES);
        System.arraycopy(p, 0, figures, at, p.length);
        figures[at + p.length] = p[p.length - 1] - p[0];
      }
      at += PERCENTILES.length + 1;
    }
    return figures;
  }

  /** The most any reported figure moved between two batches, as a share of its spread now. */
  private static double moved(List<Metric> metrics, double[] before, double[] now) {
    double most = 0;
    int width = PERCENTILES.length + 1;
    for (int m = 0; m < metrics.size(); m++) {
      int at = m * width;
      if (metrics.get(m).isCheck()) {
        most = Math.max(most, Math.abs(now[at] - before[at]));
        continue;
      }
      double spread = now[at + width - 1];
      for (int k = 0; k < width - 1; k++) {
        double change = Math.abs(now[at + k] - before[at + k]);
        // A figure with no spread that moves at all is as unsettled as a tolerance can say (1).
        most = Math.max(most, change == 0 ? 0 : spread > 0 ? Math.min(1, change / spread) : 1);
      }
    }
    return most;
  }

  /** The draws of a run with these settings: what {@code output.simulate.SamplesCsv} draws again. */
  public static Design design(ScenarioTemplate template, Settings settings) {
    return template.design(settings.sampling(), settings.seed(), settings.samples(), settings.block());
  }

  /** Sample {@code index}'s metrics: what every engine evaluates for it. */
  static double[] row(Simulator simulator, ScenarioTemplate template, Design design, List<Metric> metrics,
      long index) {
    Projection projection = run(simulator, template, design, index);
    double[] row = new double[metrics.size()];
    for (int m = 0; m < metrics.size(); m++) {
      row[m] = read(metrics.get(m), projection, design.seed(), index);
    }
    return row;
  }

  private static Projection run(Simulator simulator, ScenarioTemplate template, Design design, long index) {
    long seed = design.seed();
    String sample = "sample " + index + " (seed " + seed + (design.sampling() == Sampling.random ? ""
        : ", --sampling " + design.sampling()) + ")";
    try {
      return simulator.run(template.sample(design, index));
    } catch (RuleFailureException e) {
      // Only a random sample can be run alone: a Latin hypercube sample depends on its batch.
      throw new RuleFailureException(sample + ": " + e.getMessage() + (design.sampling() == Sampling.random
          ? "; `" + rerun(simulator, template, seed, index) + "` reruns it alone" : ""), e.getCause());
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

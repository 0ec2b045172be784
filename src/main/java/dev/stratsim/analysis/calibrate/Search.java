package dev.stratsim.analysis.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

/**
 * The search for the knob values that score best on some cases of a suite: Hipparchus' CMA-ES on
 * the unit cube, seeded, restarted with a doubled population (IPOP) from the best point so far
 * whenever it converges before the budget is spent.
 *
 * <p>CMA-ES draws a generation of candidates from one distribution and only then looks at their
 * scores, but Hipparchus asks for them one at a time. To run a generation's candidates in
 * parallel, the optimiser is replayed: a run that meets a point it has no score for notes the
 * point and carries on with a stand-in score until the generation's last candidate, then stops;
 * the noted points are scored in parallel, and a fresh run with the same seed replays the
 * generations before from the scores kept, exactly as before (the scores are the same numbers),
 * to the next unscored generation. Replaying costs microseconds against a suite's milliseconds.
 * The stand-in scores never reach the optimiser's updates, since the run stops first; and a point
 * that a replay did not foresee is only scored later, so the result never depends on the replay,
 * nor on the number of threads.
 */
final class Search {
  /** The step size to start with, in the unit cube: a third of every knob's bounds. */
  static final double SIGMA = 0.3;
  /**
   * What moving a knob costs, in checks, per square of the share of its bounds it moves: across
   * all of them, a quarter of a check. Where the checks cannot tell values apart a knob stays
   * where it was, and it moves only as far as the checks ask.
   */
  static final double PULL = 0.25;

  private final SuiteRun run;
  private final int[] cases;
  private final Workers workers;
  private final double[] start;
  private final Map<Key, Point> scored = new HashMap<>();
  private final List<Point> order = new ArrayList<>();

  /** A point as the optimiser sees it: exact coordinates in the unit cube. */
  private record Key(double[] x) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Arrays.equals(x, k.x);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(x);
    }
  }

  /**
   * A point run: the knob values it came to once ties were kept, its score, and what the search
   * makes of it (the score less the pull back to the start).
   */
  record Point(double[] values, Score score, double objective) {}

  /**
   * @param best the best point found, the first of equals in the order they were scored
   * @param evaluations how many points were run (a point the optimiser asks for again is not)
   * @param stopped whether Ctrl-C ended the search before the budget was spent
   */
  record Result(Point best, int evaluations, boolean stopped) {}

  /** @param start the knob values the search starts from and pulls back to */
  Search(SuiteRun run, int[] cases, Workers workers, double[] start) {
    this.run = run;
    this.cases = cases.clone();
    this.workers = workers;
    this.start = start.clone();
  }

  /** The best point within {@code budget} requests of the optimiser. */
  Result fit(long seed, int budget) {
    int n = start.length;
    double[] x0 = new double[n];
    for (int k = 0; k < n; k++) {
      x0[k] = run.knobs().get(k).toUnit(start[k]);
    }
    int lambda = population(n);
    int used = 0;
    for (int restart = 0; used < budget; restart++) {
      double[] from = restart == 0 ? x0 : unit(best().values());
      Integer calls = optimise(from, restartSeed(seed, restart), budget - used, lambda);
      if (calls == null) {
        return new Result(best(), order.size(), true);
      }
      used += calls;
      lambda *= 2;
    }
    return new Result(best(), order.size(), false);
  }

  /** One CMA-ES run to convergence or the end of its budget: the calls it made, or null when stopped. */
  private Integer optimise(double[] from, long seed, int budget, int lambda) {
    while (true) {
      Probe probe = new Probe(lambda);
      CMAESOptimizer optimizer = optimizer(seed);
      try {
        optimizer.optimize(settings(probe::value, from, budget, lambda));
      } catch (Unscored unscored) {
        // The generation's points are noted; score them and replay.
      }
      if (probe.pending.isEmpty()) {
        return optimizer.getEvaluations();
      }
      if (!score(probe.pending)) {
        return null;
      }
    }
  }

  /** The default population of CMA-ES for {@code n} knobs, 4 + 3 ln n, doubled at each restart. */
  static int population(int n) {
    return 4 + (int) (3 * Math.log(n));
  }

  /** Each restart draws from a generator of its own, derived from the seed. */
  static long restartSeed(long seed, int restart) {
    return seed ^ (0x9E3779B97F4A7C15L * (restart + 1));
  }

  static CMAESOptimizer optimizer(long seed) {
    return new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new Well19937c(seed), false, null);
  }

  /** The optimiser's data: minimise on the unit cube from {@code from}, a third of it as the first step. */
  static org.hipparchus.optim.OptimizationData[] settings(org.hipparchus.analysis.MultivariateFunction objective,
      double[] from, int budget, int lambda) {
    int n = from.length;
    double[] sigma = new double[n];
    Arrays.fill(sigma, SIGMA);
    return new org.hipparchus.optim.OptimizationData[] {new MaxEval(budget), new ObjectiveFunction(objective),
        GoalType.MINIMIZE, new InitialGuess(from), new SimpleBounds(new double[n], ones(n)),
        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda)};
  }

  /** Scores the points in parallel, in the order noted; false when stopped before all were done. */
  private boolean score(List<double[]> points) {
    List<Point> done = workers.map(points.size(), i -> {
      double[] values = values(points.get(i));
      Score score = run.score(values, cases);
      return new Point(values, score, score.value() - pull(values) / Math.max(1, score.total()));
    });
    for (int i = 0; i < done.size(); i++) {
      scored.put(new Key(points.get(i)), done.get(i));
      order.add(done.get(i));
    }
    return done.size() == points.size() && !workers.stopped();
  }

  /** The pull back to the start (see {@link #PULL}) of these values, in checks. */
  double pullOf(double[] values) {
    return pull(values);
  }

  private double pull(double[] values) {
    double sum = 0;
    for (int k = 0; k < values.length; k++) {
      FitKnob knob = run.knobs().get(k);
      double moved = (values[k] - start[k]) / (knob.high() - knob.low());
      sum += moved * moved;
    }
    return PULL * sum;
  }

  private double[] values(double[] unit) {
    double[] values = new double[unit.length];
    for (int k = 0; k < unit.length; k++) {
      values[k] = run.knobs().get(k).fromUnit(unit[k]);
    }
    run.named(values);
    return values;
  }

  private double[] unit(double[] values) {
    double[] x = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      x[k] = run.knobs().get(k).toUnit(values[k]);
    }
    return x;
  }

  /** The best point scored so far: the highest objective, then the most checks held, then the first. */
  Point best() {
    Point best = null;
    for (Point p : order) {
      if (best == null || p.objective() > best.objective()
          || p.objective() == best.objective() && p.score().held() > best.score().held()) {
        best = p;
      }
    }
    return best;
  }

  /** Every point scored, in the order scored. */
  List<Point> points() {
    return List.copyOf(order);
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  /** Thrown to end a run at the end of a generation that has points without a score. */
  private static final class Unscored extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unscored() {
      super(null, null, false, false);
    }
  }

  /**
   * The objective as the optimiser calls it: the kept score of a point, or a stand-in while the
   * point is noted. The first call is the starting point, a generation of its own; then the
   * candidates come {@code lambda} at a time.
   */
  private final class Probe {
    private final int lambda;
    private final List<double[]> pending = new ArrayList<>();
    private final java.util.Set<Key> noted = new java.util.HashSet<>();
    private int calls;

    Probe(int lambda) {
      this.lambda = lambda;
    }

    double value(double[] x) {
      calls++;
      Key key = new Key(x.clone());
      Point point = scored.get(key);
      if (point == null && noted.add(key)) {
        pending.add(x.clone());
      }
      boolean lastOfGeneration = calls == 1 || (calls - 1) % lambda == 0;
      if (lastOfGeneration && !pending.isEmpty()) {
        throw new Unscored();
      }
      // Minimised: the better the score, the lower.
      return point == null ? 0 : -point.objective();
    }
  }
}

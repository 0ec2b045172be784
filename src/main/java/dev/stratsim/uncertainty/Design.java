package dev.stratsim.uncertainty;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The uniform numbers behind each sample's draws, one per input in draw order, for one Monte
 * Carlo run. Every number is a function of the seed, the sample's index and, under Latin
 * hypercube sampling, the batch the sample belongs to: never of threads or timing.
 *
 * <p>Sample {@code i}'s generator ({@link Seeds#sample}) gives one uniform number per input,
 * which the {@link Correlation} mixes. Random sampling uses them as they are. Latin hypercube
 * sampling ranks each input's numbers over the batch; the sample with rank {@code r} of {@code
 * n} takes a point drawn uniformly inside stratum {@code r} ({@code [r/n, (r+1)/n)}), with the
 * generator's next number per input. Ranking independent numbers deals the strata out in a
 * random order, and ranking correlated ones keeps their rank correlation.
 */
public final class Design {
  /**
   * The most numbers (samples of a batch times inputs) Latin hypercube sampling keeps while it
   * ranks a batch: 240 MB of them (docs/limits.md).
   */
  public static final long MAX_LHS_NUMBERS = 20_000_000;

  private final Sampling sampling;
  private final long seed;
  private final int inputs;
  private final Correlation correlation;
  private final long total;
  private final int batch;
  /** The strata of the batches in use: two, since threads may straddle a batch boundary. */
  private final Map<Long, int[][]> strata = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, int[][]> eldest) {
      return size() > 2;
    }
  };

  /**
   * @param total the samples of the run (the last batch may be shorter than {@code batch})
   * @param batch the samples each Latin hypercube covers; unused by random sampling
   */
  public Design(Sampling sampling, long seed, int inputs, Correlation correlation, long total, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1, not " + batch);
    }
    this.sampling = sampling;
    this.seed = seed;
    this.inputs = inputs;
    this.correlation = correlation;
    this.total = total;
    this.batch = batch;
  }

  /** Random sampling: sample {@code i} depends on the seed and {@code i} alone. */
  public static Design random(long seed, int inputs, Correlation correlation) {
    return new Design(Sampling.random, seed, inputs, correlation, Long.MAX_VALUE, Integer.MAX_VALUE);
  }

  public Sampling sampling() {
    return sampling;
  }

  public long seed() {
    return seed;
  }

  /** The uniform numbers of sample {@code index}, each strictly between 0 and 1. */
  public double[] uniforms(long index) {
    UniformRandomProvider rng = Seeds.sample(seed, index);
    double[] u = correlated(rng);
    if (sampling == Sampling.random) {
      return u;
    }
    long first = index / batch * batch;
    int[][] ranks = strata(first);
    int n = ranks.length == 0 ? 0 : ranks[0].length;
    for (int j = 0; j < inputs; j++) {
      // The generator's next numbers, after the ones ranked: a point inside the stratum.
      u[j] = (ranks[j][(int) (index - first)] + Seeds.uniform(rng)) / n;
    }
    return u;
  }

  private double[] correlated(UniformRandomProvider rng) {
    double[] u = new double[inputs];
    for (int j = 0; j < inputs; j++) {
      u[j] = Seeds.uniform(rng);
    }
    correlation.apply(u);
    return u;
  }

  /** Each input's rank in the batch that starts at {@code first}, by input then sample. */
  private synchronized int[][] strata(long first) {
    return strata.computeIfAbsent(first, f -> {
      int n = (int) Math.min(batch, total - f);
      double[][] u = new double[inputs][n];
      for (int i = 0; i < n; i++) {
        double[] sample = correlated(Seeds.sample(seed, f + i));
        for (int j = 0; j < inputs; j++) {
          u[j][i] = sample[j];
        }
      }
      int[][] ranks = new int[inputs][n];
      for (int j = 0; j < inputs; j++) {
        double[] column = u[j];
        // Ties (equal numbers, vanishingly rare) go by sample index, so every rank is used once.
        int[] order = IntStream.range(0, n).boxed()
            .sorted(Comparator.<Integer>comparingDouble(i -> column[i]).thenComparingInt(i -> i))
            .mapToInt(Integer::intValue).toArray();
        for (int r = 0; r < n; r++) {
          ranks[j][order[r]] = r;
        }
      }
      return ranks;
    });
  }
}

package dev.stratsim.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SemiDefinitePositiveCholeskyDecomposition;

/**
 * Rank correlations between a sample's inputs, by a Gaussian copula: the inputs' uniform numbers
 * are read as standard normal scores, mixed by the Cholesky factor of a correlation matrix and
 * turned back into uniform numbers. A Gaussian copula rather than Iman-Conover's reordering
 * because it correlates one sample at a time: with random sampling sample {@code i} still
 * depends only on the seed and {@code i}, so {@code run --sample I} and the samples CSV redraw
 * it alone; under Latin hypercube sampling the batch's strata are then dealt out in the order of
 * these correlated scores, which keeps one draw per stratum (what Iman-Conover keeps too).
 *
 * <p>The scenario gives Spearman (rank) coefficients, which survive any distribution's quantile
 * function; the normal scores get the Pearson coefficient {@code 2 sin(pi r / 6)} that gives
 * them rank correlation {@code r}. Inputs named in no pair keep their uniform numbers as drawn.
 */
public final class Correlation {
  public static final Correlation NONE = new Correlation(new int[0], new double[0][0], List.of());
  /** The most inputs the correlations may name: the matrix is their square (docs/limits.md). */
  public static final int MAX_INPUTS = 100;
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
  /** Eigenvalues this far below zero are rounding, not an impossible matrix. */
  private static final double PSD_TOLERANCE = 1e-9;
  /** The open interval a correlated uniform number is kept in, as {@link Seeds#uniform} is. */
  private static final double LOWEST = 0x1.0p-54;
  private static final double HIGHEST = 1 - 0x1.0p-53;

  /**
   * Inputs {@code first} and {@code second} (indices in draw order) with Spearman coefficient
   * {@code rank}.
   *
   * @param source why the scenario says they move together, as it writes it ("" when it gives none)
   */
  public record Pair(int first, int second, double rank, String source) {
    public Pair(int first, int second, double rank) {
      this(first, second, rank, "");
    }
  }

  /** The matrix is not positive semi-definite: no joint distribution has these coefficients. */
  public static final class Impossible extends Exception {
    private final double smallestEigenvalue;

    Impossible(double smallestEigenvalue) {
      super("smallest eigenvalue " + smallestEigenvalue, null, false, false);
      this.smallestEigenvalue = smallestEigenvalue;
    }

    public double smallestEigenvalue() {
      return smallestEigenvalue;
    }
  }

  private final int[] inputs;
  private final double[][] factor;
  private final List<Pair> pairs;

  private Correlation(int[] inputs, double[][] factor, List<Pair> pairs) {
    this.inputs = inputs;
    this.factor = factor;
    this.pairs = List.copyOf(pairs);
  }

  /**
   * @param pairs each pair of inputs at most once; inputs not named are independent
   * @throws Impossible when the coefficients cannot hold together
   */
  public static Correlation of(List<Pair> pairs) throws Impossible {
    if (pairs.isEmpty()) {
      return NONE;
    }
    TreeSet<Integer> named = new TreeSet<>();
    pairs.forEach(p -> {
      named.add(p.first());
      named.add(p.second());
    });
    int[] inputs = named.stream().mapToInt(Integer::intValue).toArray();
    int k = inputs.length;
    double[][] rank = new double[k][k];
    double[][] pearson = new double[k][k];
    for (int i = 0; i < k; i++) {
      rank[i][i] = 1;
      pearson[i][i] = 1;
    }
    for (Pair p : pairs) {
      int a = Arrays.binarySearch(inputs, p.first());
      int b = Arrays.binarySearch(inputs, p.second());
      rank[a][b] = rank[b][a] = p.rank();
      pearson[a][b] = pearson[b][a] = 2 * Math.sin(Math.PI * p.rank() / 6);
    }
    // The matrix as written must be possible, and so must the one the copula uses.
    semiDefinite(rank);
    RealMatrix matrix = semiDefinite(pearson);
    RealMatrix root = new SemiDefinitePositiveCholeskyDecomposition(matrix, PSD_TOLERANCE).getL();
    return new Correlation(inputs, root.getData(), pairs);
  }

  private static RealMatrix semiDefinite(double[][] values) throws Impossible {
    RealMatrix matrix = new Array2DRowRealMatrix(values, true);
    double smallest = Arrays.stream(new EigenDecompositionSymmetric(matrix).getEigenvalues()).min().orElse(1);
    if (smallest < -PSD_TOLERANCE) {
      throw new Impossible(smallest);
    }
    return matrix;
  }

  /** The pairs, as given. */
  public List<Pair> pairs() {
    return pairs;
  }

  public boolean isEmpty() {
    return inputs.length == 0;
  }

  /** Correlates the named inputs' uniform numbers in place; the others are left as they are. */
  public void apply(double[] uniforms) {
    if (inputs.length == 0) {
      return;
    }
    int k = inputs.length;
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      z[i] = STANDARD.inverseCumulativeProbability(uniforms[inputs[i]]);
    }
    for (int i = 0; i < k; i++) {
      double mixed = 0;
      for (int j = 0; j < k; j++) {
        mixed += factor[i][j] * z[j];
      }
      uniforms[inputs[i]] = Math.max(LOWEST, Math.min(HIGHEST, STANDARD.cumulativeProbability(mixed)));
    }
  }

  /** The inputs the pairs name, by index in draw order. */
  public List<Integer> inputs() {
    List<Integer> list = new ArrayList<>();
    Arrays.stream(inputs).forEach(list::add);
    return list;
  }

  /** The first pair that names {@code input}, if any. */
  public Optional<Pair> pairOf(int input) {
    return pairs.stream().filter(p -> p.first() == input || p.second() == input).findFirst();
  }
}

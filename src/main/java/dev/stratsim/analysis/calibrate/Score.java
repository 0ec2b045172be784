package dev.stratsim.analysis.calibrate;

/**
 * The fit of a set of checks: how many hold, and the score the search maximises.
 *
 * <p>Each check earns credit for its margin {@code m} (see {@link Margin}): 1 when it holds by at
 * least {@code TAU} of its metric's range; within {@code TAU} of the edge either way, the square
 * root of how far it is from the edge as a share of {@code TAU}, with the sign of the margin; and
 * when it fails by more, -1 less what it fails by beyond that, {@code -1 + (m + TAU)}. So a check
 * that holds comfortably is worth the same however far it holds (holding by more is no reason to
 * move a knob), one near the edge pulls the search to hold it by a little more, and one that fails
 * by far still has a slope back. The root makes credit rise fastest just past the edge: two
 * checks that pull a number opposite ways are worth most when both hold, not when one holds by
 * more and the other fails by a little. The score is the mean credit over the checks: 1 when
 * every check holds by {@code TAU} or more.
 *
 * @param held how many checks hold
 * @param total how many checks were scored
 * @param sum the sum of the checks' credits
 */
public record Score(int held, int total, double sum) {
  /** The margin, as a share of the metric's range, from which a check earns full credit: half a point of a pillar. */
  public static final double TAU = 0.005;
  public static final Score NONE = new Score(0, 0, 0);

  static double credit(double margin) {
    if (margin >= TAU) {
      return 1;
    }
    if (margin <= -TAU) {
      return -1 + (margin + TAU);
    }
    return Math.signum(margin) * Math.sqrt(Math.abs(margin) / TAU);
  }

  /** The mean credit, 0 for no checks. */
  public double value() {
    return total == 0 ? 0 : sum / total;
  }

  public double share() {
    return total == 0 ? 1 : (double) held / total;
  }

  Score plus(Score other) {
    return new Score(held + other.held, total + other.total, sum + other.sum);
  }

  Score plus(boolean holds, double margin) {
    return new Score(held + (holds ? 1 : 0), total + 1, sum + credit(margin));
  }
}

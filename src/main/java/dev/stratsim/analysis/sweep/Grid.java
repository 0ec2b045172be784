package dev.stratsim.analysis.sweep;

import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import dev.stratsim.scenario.Edit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of the {@code --vary} values, in the order nested loops would visit them:
 * the first {@code --vary} changes slowest, the last fastest.
 */
public record Grid(List<Vary> varies) {
  /** More points than this need {@code --force}: at milliseconds a point, hours of work. */
  public static final long MAX_POINTS = 1_000_000;
  /**
   * No sweep runs more points than this, even with {@code --force}: days of work, and the
   * numbers kept for the report (see {@link #MAX_NUMBERS}) grow with the points.
   */
  public static final long MAX_FORCED_POINTS = 10_000_000;
  /** The most numbers (points times metrics) a sweep keeps for its report. */
  public static final long MAX_NUMBERS = dev.stratsim.batch.Batch.MAX_NUMBERS;

  public Grid {
    varies = List.copyOf(varies);
  }

  /** The grid, refusing more than {@link #MAX_POINTS} points unless forced. */
  public static Grid of(List<Vary> varies, boolean force) {
    Grid grid = new Grid(varies);
    long size = grid.size();
    if (size > MAX_POINTS && !force) {
      throw new InvalidInputException(Problem.general("the --vary options make " + size
          + " grid points, more than " + MAX_POINTS + "; use fewer values or add --force"));
    }
    if (size > MAX_FORCED_POINTS) {
      throw new InvalidInputException(Problem.general("the --vary options make " + size
          + " grid points, more than " + MAX_FORCED_POINTS + ", the most a sweep runs even with --force;"
          + " use fewer values"));
    }
    return grid;
  }

  /** Refuses a sweep that would keep more than {@link #MAX_NUMBERS} numbers for its report. */
  public void checkNumbers(int metrics) {
    if (size() * metrics > MAX_NUMBERS) {
      throw new InvalidInputException(Problem.general(size() + " grid points of " + metrics + " metrics are "
          + size() * metrics + " numbers to keep, more than " + MAX_NUMBERS + "; use fewer values or name"
          + " fewer metrics with --metric"));
    }
  }

  /** The number of points; saturates rather than overflowing. */
  public long size() {
    long size = 1;
    for (Vary v : varies) {
      size = Math.multiplyHigh(size, v.values().size()) != 0 ? Long.MAX_VALUE
          : Math.min(Long.MAX_VALUE, size * v.values().size());
    }
    return size;
  }

  /** The value index of each {@code --vary} at point {@code point}. */
  public int[] coordinates(long point) {
    int[] at = new int[varies.size()];
    long rest = point;
    for (int i = varies.size() - 1; i >= 0; i--) {
      int n = varies.get(i).values().size();
      at[i] = (int) (rest % n);
      rest /= n;
    }
    return at;
  }

  public List<Edit> edits(long point) {
    int[] at = coordinates(point);
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < varies.size(); i++) {
      Vary v = varies.get(i);
      edits.add(new Edit(v.path(), v.values().get(at[i]), v.origin()));
    }
    return edits;
  }
}

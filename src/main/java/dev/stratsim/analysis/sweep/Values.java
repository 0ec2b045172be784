package dev.stratsim.analysis.sweep;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Each grid point's metric values, kept in blocks of {@value #BLOCK} points that are allocated as
 * points are done: memory follows the points reached, not the size of the grid, so a large grid
 * stopped early (or failing early) never holds room for all of it. Thread-safe for points written
 * once each.
 */
final class Values {
  static final int BLOCK = 4096;

  private final int metrics;
  private final AtomicReferenceArray<double[]> blocks;

  Values(long points, int metrics) {
    this.metrics = metrics;
    this.blocks = new AtomicReferenceArray<>((int) ((points + BLOCK - 1) / BLOCK));
  }

  void put(long point, double[] row) {
    int b = (int) (point / BLOCK);
    double[] block = blocks.get(b);
    if (block == null) {
      blocks.compareAndSet(b, null, new double[BLOCK * metrics]);
      block = blocks.get(b);
    }
    System.arraycopy(row, 0, block, (int) (point % BLOCK) * metrics, metrics);
  }

  double get(long point, int metric) {
    return blocks.get((int) (point / BLOCK))[(int) (point % BLOCK) * metrics + metric];
  }
}

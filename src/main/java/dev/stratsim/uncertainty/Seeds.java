package dev.stratsim.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * The random numbers of each Monte Carlo sample. Sample {@code i} gets its own generator, seeded
 * from {@code (seed, i)} alone, so results do not depend on how samples are spread over threads
 * and any one sample can be regenerated on its own.
 */
public final class Seeds {
  /** SplitMix64's increment: its i-th output is a well-mixed function of seed + i * GAMMA. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Seeds() {}

  /** Outputs 2i and 2i+1 of the SplitMix64 sequence started at {@code seed}: no two samples share one. */
  public static UniformRandomProvider sample(long seed, long index) {
    SplitMix64 mix = new SplitMix64(seed + 2 * index * GOLDEN_GAMMA);
    return new XoRoShiRo128PlusPlus(new long[] {mix.nextLong(), mix.nextLong()});
  }

  /**
   * A uniform number strictly between 0 and 1, so no quantile function is asked for its
   * infinite ends.
   */
  public static double uniform(UniformRandomProvider rng) {
    return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }
}

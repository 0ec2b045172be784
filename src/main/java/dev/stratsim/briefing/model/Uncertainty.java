package dev.stratsim.briefing.model;

import dev.stratsim.uncertainty.Sampling;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Monte Carlo part of a report ({@code --samples N --seed S}): how the focus actor's index in
 * the last year is distributed over the samples, how likely each rank is, and which uncertain
 * inputs swing it most. Filled by an {@link UncertaintyEstimator}; the formats render it when
 * present.
 *
 * @param central the focus actor's index and rank with every input at its central value, as the
 *     rest of the report shows them
 * @param arena the arena the actor is ranked in when the scenario's competitors span several (ranks
 *     count within it), else ""
 * @param rankCounts every rank from 1 to the number of competitors in the largest arena, with the
 *     number of samples that gave it (0 for a rank no sample gave), as {@code simulate} shows them
 * @param inputs the scenario's distributions, in the order it draws them
 * @param tornado widest swing first, as {@code stratsim sensitivity} sorts it
 * @param sampling how the samples were drawn ({@code --sampling})
 * @param cdf the index's percentiles 0, 1, .., 100 over the samples (as {@code simulate} computes
 *     them): the S-curve, empty when not computed
 * @param spider each ordered input's line, in draw order; empty when not computed
 * @param correlations the pairs of inputs the scenario draws together ({@code correlations:}), in
 *     its order; empty when it draws every input on its own
 * @param spikes what the histogram's spikes are, where one choice input's values account for one
 */
public record Uncertainty(String scenario, String actor, String arena, int year, int samples, long seed,
    Central central, Distribution index, SortedMap<Integer, Integer> rankCounts,
    List<Input> inputs, List<Swing> tornado, Sampling sampling, List<Double> cdf, List<SpiderLine> spider,
    List<Correlated> correlations, List<Spike> spikes) {

  public Uncertainty(String scenario, String actor, String arena, int year, int samples, long seed, Central central,
      Distribution index, SortedMap<Integer, Integer> rankCounts, List<Input> inputs, List<Swing> tornado,
      Sampling sampling, List<Double> cdf, List<SpiderLine> spider, List<Correlated> correlations) {
    this(scenario, actor, arena, year, samples, seed, central, index, rankCounts, inputs, tornado, sampling, cdf,
        spider, correlations, List.of());
  }

  public Uncertainty(String scenario, String actor, String arena, int year, int samples, long seed, Central central,
      Distribution index, SortedMap<Integer, Integer> rankCounts, List<Input> inputs, List<Swing> tornado,
      Sampling sampling, List<Double> cdf, List<SpiderLine> spider) {
    this(scenario, actor, arena, year, samples, seed, central, index, rankCounts, inputs, tornado, sampling, cdf,
        spider, List.of());
  }

  public Uncertainty(String scenario, String actor, String arena, int year, int samples, long seed, Central central,
      Distribution index, SortedMap<Integer, Integer> rankCounts, List<Input> inputs, List<Swing> tornado) {
    this(scenario, actor, arena, year, samples, seed, central, index, rankCounts, inputs, tornado, Sampling.random,
        List.of(), List.of());
  }

  /**
   * One input's line of the spider chart: the index with the input at each of {@link
   * dev.stratsim.analysis.sensitivity.Spider#PERCENTILES}, the others central.
   */
  public record SpiderLine(String input, List<SpiderPoint> points) {}

  /** @param at the input's value there, as the tornado labels it */
  public record SpiderPoint(double percentile, String at, double index) {}

  public record Central(double index, int rank) {}

  /** Mean, percentiles and a histogram of the samples. */
  public record Distribution(double mean, double p5, double p25, double p50, double p75, double p95,
      List<Bin> histogram) {}

  /** Samples with a value in {@code [from, to)}. */
  public record Bin(double from, double to, long count) {}

  /**
   * An uncertain input.
   *
   * @param distribution as the scenario writes it, e.g. {@code {dist: uniform, min: 0.05, max: 0.35}}
   * @param central the value the rest of the report uses: a median or the most likely choice
   */
  public record Input(String path, String distribution, String central) {}

  /**
   * Two inputs drawn together: their {@code --set} paths, Spearman's rank coefficient, and the
   * scenario's reason ("" when it gives none).
   */
  public record Correlated(String first, String second, double rank, String source) {}

  /**
   * A spike of the histogram that one choice input explains: the samples in bin {@code bin} drew
   * {@code values} of {@code input} (nearly all of them), and those values landed there.
   */
  public record Spike(int bin, String input, List<String> values) {}

  /**
   * Whether bin {@code i} stands out: twice its neighbours and at least a twentieth of the samples,
   * as the draws of one outcome of a choice do.
   */
  public static boolean spike(List<Bin> bins, int i, long samples) {
    long count = bins.get(i).count();
    long before = i == 0 ? 0 : bins.get(i - 1).count();
    long after = i == bins.size() - 1 ? 0 : bins.get(i + 1).count();
    return count >= 2 * Math.max(before, after) && count * 20 >= samples;
  }

  /**
   * One uncertain input of the tornado: the index with the input at its low and high end (P10 and
   * P90 of a number; the values that give the lowest and highest index, of a choice of words), the
   * others held central.
   *
   * @param lowAt the input's value at the low end, as {@code sensitivity} labels it
   */
  public record Swing(String input, String lowAt, String highAt, double atLow, double atHigh) {
    public double width() {
      return Math.abs(atHigh - atLow);
    }
  }

  /** Each rank with the share of samples that gave it, as {@code simulate} computes it. */
  public SortedMap<Integer, Double> rankProbabilities() {
    SortedMap<Integer, Double> shares = new TreeMap<>();
    rankCounts.forEach((rank, count) -> shares.put(rank, count / (double) samples));
    return shares;
  }

  /** The number of samples in which the actor ranks {@code rank} or better. */
  public int atLeast(int rank) {
    return rankCounts.headMap(rank + 1).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The rank the most samples gave; the better rank of a tie. */
  public int likeliestRank() {
    int best = rankCounts.firstKey();
    for (var e : rankCounts.entrySet()) {
      best = e.getValue() > rankCounts.get(best) ? e.getKey() : best;
    }
    return best;
  }
}

package dev.stratsim.analysis.diff;

import java.util.List;

/**
 * What the rule change does to a scenario's Monte Carlo samples: each sample draws the same
 * values under both rule versions, so every difference is the rules'.
 *
 * @param year the scenario's last year, in which index and rank are read
 * @param actors the competitors whose mean index moved beyond the tolerance or whose rank changed
 *     in some sample
 */
public record SampledDiff(int samples, long seed, int year, List<Actor> actors) {

  public SampledDiff {
    actors = List.copyOf(actors);
  }

  /**
   * One competitor over the samples.
   *
   * @param ranks the share of samples in each rank on each side, best rank first; every rank
   *     either side reaches
   * @param rankChanged the number of samples in which its rank differs between the sides
   */
  public record Actor(String actor, String name, double baseMeanIndex, double currentMeanIndex,
      List<RankShare> ranks, int rankChanged) {
    public Actor {
      ranks = List.copyOf(ranks);
    }

    /** The ranks whose share of samples differs between the sides. */
    public List<RankShare> changedRanks() {
      return ranks.stream().filter(r -> r.base() != r.current()).toList();
    }
  }

  /** The share of samples (0..1) in which a competitor holds {@code rank}, on each side. */
  public record RankShare(int rank, double base, double current) {}
}

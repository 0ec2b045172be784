package dev.stratsim.analysis.diff;

import java.util.List;

/** What moved for one actor of a scenario: rank first, then index, pillars and other metrics. */
public record ActorDiff(String actor, String name, List<Move> moves) {
  public ActorDiff {
    moves = List.copyOf(moves);
  }
}

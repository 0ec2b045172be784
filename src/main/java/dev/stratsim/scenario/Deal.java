package dev.stratsim.scenario;

import java.util.List;

/**
 * A strategic move in a given year. Rules match on its terms and its {@code outcome}: one of
 * closed, renegotiated, collapsed, blocked, pending.
 *
 * @param stake the part of the target acquired, 0..1
 * @param exclusivity none, partial or full claim on the target's output
 * @param talent who moves from the target to the acquirer: leadership, researchers
 */
public record Deal(
    String id,
    int year,
    String acquirer,
    String target,
    double amountUsd,
    double stake,
    boolean voting,
    int boardSeats,
    String exclusivity,
    List<String> talent,
    String outcome,
    List<String> sources) {

  public static final List<String> OUTCOMES =
      List.of("closed", "renegotiated", "collapsed", "blocked", "pending");
  public static final List<String> EXCLUSIVITIES = List.of("none", "partial", "full");
  public static final List<String> TALENT = List.of("leadership", "researchers");

  public boolean moves(String who) {
    return talent.contains(who);
  }
}

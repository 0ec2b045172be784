package dev.stratsim.scenario;

import java.util.List;

/**
 * A strategic move in a given year, as a mix of terms: an equity stake, people who move, a
 * licence, money into the target, compute bought or sold, distribution. Rules match on its terms
 * and its {@code outcome}: one of closed, renegotiated, collapsed, blocked, pending, abandoned.
 *
 * @param year the year it was struck; before the scenario's period for a holding the period
 *     starts with
 * @param amountUsd the whole consideration paid by the acquirer, as announced
 * @param stockUsd the part of it paid in the acquirer's shares rather than cash
 * @param stake the part of the target acquired, 0..1 (0: no equity)
 * @param exclusivity none, partial or full claim on the target's output
 * @param talent who moves from the target to the acquirer: leadership, researchers
 * @param licence none, non-exclusive or exclusive: the acquirer licenses the target's models and IP
 * @param investmentUsd the part of the money that goes into the target as new capital
 * @param computeUsd compute the target commits to buy from the acquirer, over the deal
 * @param computeExclusivity none, primary or exclusive: the acquirer's place among the target's
 *     compute providers
 * @param supplyUsd compute (chips, capacity) the acquirer secures from the target, over the deal
 * @param distribution whether the acquirer sells the target's models to its own customers
 * @param review what the regulator did: predicted (the rules decide), none, inquiry, cleared,
 *     remedies
 * @param unsolicited whether the bid was made without the target board's agreement: no merger
 *     agreement binds the target (no break fee, no limits on how it runs while it waits)
 * @param amendments later changes of the terms, by year
 * @param computeFrom the year {@code computeUsd} was set: the deal's year, or that of the amendment
 *     that set it, from when the money is spent
 * @param supplyFrom the same for {@code supplyUsd}
 */
public record Deal(
    String id,
    int year,
    String acquirer,
    String target,
    double amountUsd,
    double stockUsd,
    double stake,
    boolean voting,
    int boardSeats,
    String exclusivity,
    List<String> talent,
    String licence,
    double investmentUsd,
    double computeUsd,
    String computeExclusivity,
    double supplyUsd,
    boolean distribution,
    String review,
    String outcome,
    boolean unsolicited,
    List<Amendment> amendments,
    int computeFrom,
    int supplyFrom,
    List<String> sources) {

  public static final List<String> OUTCOMES =
      List.of("closed", "renegotiated", "collapsed", "blocked", "pending", "abandoned");
  public static final List<String> EXCLUSIVITIES = List.of("none", "partial", "full");
  public static final List<String> TALENT = List.of("leadership", "researchers");
  public static final List<String> LICENCES = List.of("none", "non-exclusive", "exclusive");
  public static final List<String> COMPUTE_EXCLUSIVITIES = List.of("none", "primary", "exclusive");
  public static final List<String> REVIEWS = List.of("predicted", "none", "inquiry", "cleared", "remedies");

  /**
   * Terms changed from a later year on.
   *
   * @param terms the whole deal as it stands from {@code year} on
   */
  public record Amendment(int year, Deal terms, List<String> sources) {}

  public boolean moves(String who) {
    return talent.contains(who);
  }

  /** The deal's terms as they stand in {@code year}: the last amendment made by then, if any. */
  public Deal asOf(int year) {
    Deal terms = this;
    for (Amendment amendment : amendments) {
      if (amendment.year() <= year) {
        terms = amendment.terms();
      }
    }
    return terms;
  }

  /**
   * The cash the acquirer pays when the deal takes effect: the amount less what it pays in shares,
   * less the compute it buys under the deal (now or from a later amendment), which is spent over
   * the years as compute, and less, in a pure compute contract, the compute the target commits to
   * buy from it.
   */
  public double cashPaid() {
    return Math.max(0, amountUsd - stockUsd - supplyAgreed() - computeSold());
  }

  /**
   * In a deal that buys no stake and invests nothing, the compute the target commits to buy from
   * the acquirer is what the amount describes: a sale the acquirer makes, not money it pays.
   */
  private double computeSold() {
    return stake == 0 && investmentUsd == 0 ? computeUsd : 0;
  }

  /**
   * The compute the acquirer secures from the target under the deal, including deliveries that an
   * amendment starts later: those are paid as they come, from the compute budget, not at signing.
   */
  private double supplyAgreed() {
    double agreed = supplyUsd;
    for (Amendment amendment : amendments) {
      agreed = Math.max(agreed, amendment.terms().supplyUsd());
    }
    return agreed;
  }

  /**
   * The cash paid that would otherwise have bought compute: less what the target commits to spend
   * back on the acquirer's compute, which returns to it.
   */
  public double cashDiverted() {
    return Math.max(0, cashPaid() - computeUsd);
  }

  /** Whether any amendment changes the terms, so {@link #asOf} may differ from this deal. */
  public boolean amended() {
    return !amendments.isEmpty();
  }
}

package dev.stratsim.scenario;

import java.util.List;

/**
 * A customer that buys from a supplier.
 *
 * @param share the part of the customer's needs in {@code pillar} this supplier serves, 0..1
 * @param revenueShare the part of the supplier's revenue this customer brings, 0..1
 * @param pillar what the customer buys: data, hardware or algorithms
 * @param commitment none, primary or exclusive: how far the customer has tied itself to the supplier
 */
public record Relation(
    String customer, String supplier, double share, double revenueShare, String pillar,
    String commitment, List<String> sources) {

  public static final List<String> COMMITMENTS = List.of("none", "primary", "exclusive");
  /** What a relation supplies when neither it nor the supplier's role says. */
  public static final String DEFAULT_PILLAR = "data";

  /** A data relation without commitment, as v1 scenarios wrote every relation. */
  public Relation(String customer, String supplier, double share, double revenueShare, List<String> sources) {
    this(customer, supplier, share, revenueShare, DEFAULT_PILLAR, "none", sources);
  }
}

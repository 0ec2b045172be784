package dev.stratsim.scenario;

import java.util.List;

/**
 * A customer that buys from a supplier.
 *
 * @param share the part of the customer's needs this supplier serves, 0..1
 * @param revenueShare the part of the supplier's revenue this customer brings, 0..1
 */
public record Relation(
    String customer, String supplier, double share, double revenueShare, List<String> sources) {}

package dev.stratsim.engine;

/**
 * A customer buying from a supplier, as it stands at the start of the year.
 *
 * @param share the part of the customer's needs in {@code pillar} the supplier serves now
 * @param initialShare that part when the scenario starts
 * @param revenueShare the part of the supplier's revenue the customer brought at the start
 * @param pillar what the customer buys: data, hardware or algorithms
 * @param commitment none, primary or exclusive
 */
public record Supply(
    String customer, String supplier, double share, double initialShare, double revenueShare,
    String pillar, String commitment) {

  /** The metric under which the customer's share of this supplier is tracked. */
  public String metric() {
    return shareMetric(supplier);
  }

  public static String shareMetric(String supplier) {
    return "share:" + supplier;
  }
}

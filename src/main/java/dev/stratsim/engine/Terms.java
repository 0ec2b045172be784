package dev.stratsim.engine;

import dev.stratsim.scenario.Deal;
import java.util.ArrayList;
import java.util.List;

/** A deal's terms in one line, as the signal of its taking effect reports them. */
public final class Terms {
  private Terms() {}

  /**
   * E.g. {@code takes 49% of scale-ai without votes and hires scale-ai's leadership for $14.3B}; a bid
   * the target's board did not agree to ends {@code , unsolicited}.
   */
  public static String describe(Deal d) {
    List<String> parts = new ArrayList<>();
    if (d.stake() > 0) {
      parts.add("takes " + Text.pct(d.stake()) + " of " + d.target() + (d.voting() ? " with votes" : " without votes"));
    }
    if (!d.exclusivity().equals("none")) {
      parts.add("gets " + d.exclusivity() + " exclusivity over " + d.target() + "'s output");
    }
    if (!d.licence().equals("none")) {
      parts.add("licenses " + d.target() + "'s IP (" + d.licence() + ")");
    }
    if (!d.talent().isEmpty()) {
      parts.add("hires " + d.target() + "'s " + String.join(" and ", d.talent()));
    }
    if (d.investmentUsd() > 0) {
      parts.add("puts " + Text.usd(d.investmentUsd()) + " into " + d.target());
    }
    if (d.computeUsd() > 0 || !d.computeExclusivity().equals("none")) {
      parts.add("becomes " + d.target() + "'s " + (d.computeExclusivity().equals("none") ? "" : d.computeExclusivity() + " ")
          + "compute provider" + (d.computeUsd() > 0 ? " for " + Text.usd(d.computeUsd()) : ""));
    }
    if (d.supplyUsd() > 0) {
      parts.add("secures " + Text.usd(d.supplyUsd()) + " of compute from " + d.target());
    }
    if (d.distribution()) {
      parts.add("distributes " + d.target() + "'s models");
    }
    if (parts.isEmpty()) {
      parts.add("closes its deal with " + d.target());
    }
    String terms = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return terms + (d.amountUsd() > 0 ? " for " + Text.usd(d.amountUsd()) : "")
        + (d.unsolicited() ? ", unsolicited" : "");
  }
}
